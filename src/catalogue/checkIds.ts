import type { RuleIssue } from './ruleIssue';
import type { PathKey, YamlSource } from './yamlSource';

/** Reports every id that appears a second time in a list, at the second place. */
export function checkDuplicateIds(
  items: readonly { id: string }[],
  path: PathKey[],
  src: YamlSource,
  what: string,
): RuleIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [src.issue([...path, i, 'id'], `duplicate ${what} id "${item.id}"`)];
  });
}

/** Reports values that are not among the allowed ones. */
export function checkValues(
  given: readonly string[],
  allowed: readonly string[],
  path: PathKey[],
  src: YamlSource,
  what: string,
): RuleIssue[] {
  return given.flatMap((v, i) =>
    allowed.includes(v) ? [] : [src.issue([...path, i], `"${v}" is not a ${what}; allowed values: ${allowed.join(', ')}`)],
  );
}

/** Finds one cycle in a directed graph, as the list of nodes around it. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of edges.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}
