import type { z } from 'zod';
import type { RuleIssue } from './ruleIssue';
import type { PathKey, YamlSource } from './yamlSource';

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
};

function describe(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text "${input}"`;
  return String(input);
}

/** Error map giving rule authors plain reasons that name the allowed keys and values. */
export const ruleErrorMap = (iss: z.core.$ZodRawIssue): string | undefined => {
  switch (iss.code) {
    case 'unrecognized_keys': {
      const shape = (iss.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      const allowed = shape ? Object.keys(shape).join(', ') : '';
      const unknown = iss.keys as string[];
      const keys = unknown.map((k) => `"${k}"`).join(', ');
      const input = iss.input as Record<string, unknown>;
      // `{ de: A, B, en: C }` reads "B" as a key without value: the comma needs quotes.
      const comma = unknown.every((k) => input[k] === null) ? ' (a text with a comma inside { … } must be put in quotes)' : '';
      return `unknown key ${keys}${allowed ? `; allowed keys: ${allowed}` : ''}${comma}`;
    }
    case 'invalid_value':
      return `${describe(iss.input)} is not allowed here; allowed values: ${(iss.values as unknown[]).join(', ')}`;
    case 'invalid_type':
      if (iss.input === undefined) return 'this key is required but missing';
      return `expected ${TYPE_WORDS[iss.expected as string] ?? String(iss.expected)}, got ${describe(iss.input)}`;
    case 'invalid_union':
      if (iss.note === 'No matching discriminator') {
        const given = (iss.input as Record<string, unknown> | undefined)?.[String(iss.discriminator)];
        return `${given === undefined ? `"${String(iss.discriminator)}" is missing` : `${describe(given)} is not a ${String(iss.discriminator)}`}; allowed values: ${(iss.options as unknown[]).join(', ')}`;
      }
      return undefined;
    default:
      return undefined;
  }
};

type Issue = z.core.$ZodIssue;

/** For a failed union, the branch the author most likely meant: the one that got furthest. */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  const scored = branches
    .filter((b) => b.length > 0 && !b.some((i) => i.path.length === 0 && i.code === 'invalid_type'))
    .map((b) => ({ b, depth: Math.max(...b.map((i) => i.path.length)) }))
    .sort((x, y) => y.depth - x.depth || x.b.length - y.b.length);
  return scored[0]?.b;
}

function flatten(issues: readonly Issue[], prefix: readonly PathKey[] = []): { path: PathKey[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as PathKey[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      if (branch) return flatten(branch, path);
    }
    return [{ path, issue }];
  });
}

/** Turns zod issues into `file:line:col` issues pointing at the offending YAML node. */
export function toRuleIssues(source: YamlSource, issues: readonly Issue[]): RuleIssue[] {
  return flatten(issues).map(({ path, issue }) => {
    const where = path.length ? `${path.join('.')}: ` : '';
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const missing = issue.code === 'invalid_type' && issue.message === 'this key is required but missing';
    const at = missing ? path.slice(0, -1) : path;
    const message = missing ? `missing required key "${String(path.at(-1))}"` : issue.message;
    return source.issue(at, `${missing ? (at.length ? `${at.join('.')}: ` : '') : where}${message}`, key);
  });
}
