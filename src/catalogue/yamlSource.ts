import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { RuleIssue } from './ruleIssue';

export type PathKey = string | number;

/** A parsed rule file that can say where any path of its data stands. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  readonly syntaxIssues: readonly RuleIssue[];
  /** Line and column of the node at `path` (or of the nearest existing parent). */
  locate(path: readonly PathKey[], key?: string): { line: number; col: number };
  issue(path: readonly PathKey[], message: string, key?: string): RuleIssue;
}

function child(node: unknown, key: PathKey): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    return pair?.value ?? undefined;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

/** Plain words for the YAML mistakes rule authors make most often. */
function yamlMessage(code: string, message: string, near: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return `YAML: duplicate key "${near.trim()}"`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'YAML: a text containing ": " must be put in quotes';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'YAML: expected "key: value" here; check the colon and that the indentation matches the lines above';
    case 'TAB_AS_INDENT':
      return 'YAML: indent with spaces, not tabs';
    default:
      return `YAML: ${message}`;
  }
}

/** Parses YAML 1.2 (core schema: dates stay strings, duplicate keys are errors). */
export function parseYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const syntaxIssues: RuleIssue[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...pos(e.pos[0]),
    message: yamlMessage(e.code, e.message.split('\n')[0] ?? '', text.slice(e.pos[0]).split(/[:\n]/)[0] ?? ''),
  }));
  const locate = (path: readonly PathKey[], key?: string) => {
    let node: unknown = doc.contents;
    let found = node as Node | null;
    for (const k of path) {
      node = child(node, k);
      if (node === undefined || node === null) break;
      found = node as Node;
    }
    if (key !== undefined && isMap(found)) {
      const pair = found.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
    }
    const range = found?.range;
    return range ? pos(range[0]) : { line: 1, col: 1 };
  };
  return {
    file,
    data: syntaxIssues.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    syntaxIssues,
    locate,
    issue: (path, message, key) => ({ file, ...locate(path, key), message }),
  };
}
