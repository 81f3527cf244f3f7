import type { Program } from './schema/program.schema';
import type { Relation, SelectorOut } from './schema/relations.schema';
import { checkDuplicateIds, findCycle } from './checkIds';
import type { RuleIssue } from './ruleIssue';
import type { PathKey, YamlSource } from './yamlSource';

/** The program ids a selector stands for. */
export function selectPrograms(sel: SelectorOut, programs: readonly Program[]): string[] {
  if ('programs' in sel) return sel.programs;
  return programs.filter((p) => sel.levels.includes(p.level)).map((p) => p.id);
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The combination layer: known programs only, no program related to itself, no pair both
 * excluded and declared combinable, no cycles of subsidiarity or required co-financing.
 */
export function checkRelations(relations: readonly Relation[], programs: readonly Program[], src: YamlSource): RuleIssue[] {
  const issues = checkDuplicateIds(relations, ['relations'], src, 'relation');
  const known = new Set(programs.map((p) => p.id));
  const at = (path: PathKey[], message: string) => issues.push(src.issue(path, message));
  const checkSel = (sel: SelectorOut, path: PathKey[]) => {
    if ('programs' in sel) {
      sel.programs.forEach((id) => {
        if (!known.has(id)) at(path, `unknown program "${id}"`);
      });
    }
  };
  const excluded = new Map<string, number>();
  const combinable = new Map<string, number>();
  const after = new Map<string, string[]>();
  const needs = new Map<string, string[]>();

  relations.forEach((r, i) => {
    const path: PathKey[] = ['relations', i];
    if ('program' in r && !known.has(r.program)) at([...path, 'program'], `unknown program "${r.program}"`);
    if ('a' in r) {
      checkSel(r.a, [...path, 'a']);
      checkSel(r.b, [...path, 'b']);
      const as = selectPrograms(r.a, programs);
      const bs = selectPrograms(r.b, programs);
      if ('programs' in r.a && 'programs' in r.b && as.some((x) => bs.includes(x))) {
        at([...path, 'b'], `a program cannot be related to itself (${as.filter((x) => bs.includes(x)).join(', ')})`);
      }
      for (const x of as) for (const y of bs) {
        if (x === y) continue;
        if (r.type === 'exclusion' && r.scope === 'always') excluded.set(pairKey(x, y), i);
        if (r.type === 'combinable') combinable.set(pairKey(x, y), i);
      }
    }
    if (r.type === 'subsidiarity') {
      checkSel(r.after, [...path, 'after']);
      after.set(r.program, [...(after.get(r.program) ?? []), ...selectPrograms(r.after, programs).filter((x) => x !== r.program)]);
    }
    if (r.type === 'requires_cofinancing' && r.by !== 'kommune') {
      checkSel(r.by, [...path, 'by']);
      needs.set(r.program, [...(needs.get(r.program) ?? []), ...selectPrograms(r.by, programs).filter((x) => x !== r.program)]);
    }
    if (r.type === 'own_share_financing' && r.unless) checkSel(r.unless, [...path, 'unless']);
    if (r.type === 'combined_cap') checkSel(r.programs, [...path, 'programs']);
  });

  for (const [pair, i] of combinable) {
    const j = excluded.get(pair);
    if (j !== undefined) {
      at(['relations', Math.max(i, j)], `contradiction: ${pair.replace('|', ' and ')} are both always excluded (relation "${relations[j]!.id}") and combinable (relation "${relations[i]!.id}")`);
    }
  }
  for (const [program, needed] of needs) {
    for (const other of needed) {
      if (excluded.has(pairKey(program, other))) {
        const i = relations.findIndex((r) => r.type === 'requires_cofinancing' && r.program === program);
        at(['relations', i], `contradiction: "${program}" requires "${other}", but the two are always excluded`);
      }
    }
  }
  for (const [graph, what, type] of [[after, 'subsidiarity', 'subsidiarity'], [needs, 'required co-financing', 'requires_cofinancing']] as const) {
    const cycle = findCycle(graph);
    if (cycle) {
      const i = relations.findIndex((r) => r.type === type && 'program' in r && r.program === cycle[0]);
      at(['relations', i], `${what} forms a cycle: ${cycle.join(' → ')}`);
    }
  }
  return issues;
}
