import { parseAnswers } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import type { Catalogue, GemeindeIndex } from '../engine/types';
import type { LoadedCase } from './compileRules';
import type { RuleIssue } from './ruleIssue';

const show = (n: number | null) => (n === null ? 'unknown' : String(n));

/** Runs scenario cases against the compiled catalogue; each mismatch is an issue at the case. */
export function runCases(catalogue: Catalogue, cases: readonly LoadedCase[], gemeinden?: GemeindeIndex): RuleIssue[] {
  const ids = new Set(catalogue.programs.map((p) => p.id));
  return cases.flatMap((c) => {
    const at = (message: string): RuleIssue => ({ file: c.file, line: c.line, col: c.col, message: `case "${c.name}": ${message}` });
    const { answers, issues } = parseAnswers(catalogue, c.answers);
    const problems: RuleIssue[] = issues.map((i) => at(`answer "${i.fact}" is not valid (${i.reason}); expected ${i.expected}`));
    const result = evaluate(catalogue, answers, { asOf: c.as_of, ...(gemeinden ? { gemeinden } : {}) });
    if (c.eligible) {
      for (const id of c.eligible) if (!ids.has(id)) problems.push(at(`unknown program "${id}" in "eligible"`));
      const got = result.programs.filter((p) => p.status === 'eligible').map((p) => p.id);
      const extra = got.filter((id) => !c.eligible!.includes(id));
      const missing = c.eligible.filter((id) => ids.has(id) && !got.includes(id));
      if (extra.length) problems.push(at(`eligible but not expected: ${extra.join(', ')}`));
      for (const id of missing) {
        const p = result.programs.find((x) => x.id === id)!;
        const why = [...p.failed, ...p.open].map((r) => `${r.id}=${r.result}`).join(', ');
        problems.push(at(`${id}: expected eligible, got ${p.status}${why ? ` (${why})` : ''}`));
      }
    }
    for (const [id, want] of Object.entries(c.expect)) {
      if (!ids.has(id)) {
        problems.push(at(`unknown program "${id}"`));
        continue;
      }
      const got = result.programs.find((p) => p.id === id)!;
      if (got.status !== want.status) {
        const why = [...got.failed, ...got.open].map((r) => `${r.id}=${r.result}`).join(', ');
        problems.push(at(`${id}: expected ${want.status}, got ${got.status}${why ? ` (${why})` : ''}`));
      }
      if (want.amount) {
        const min = got.amount.kind === 'money' ? got.amount.min : null;
        const max = got.amount.kind === 'money' ? got.amount.max : null;
        if (min !== want.amount.min || max !== want.amount.max) {
          problems.push(at(`${id}: expected amount ${show(want.amount.min)}–${show(want.amount.max)}, got ${show(min)}–${show(max)}`));
        }
      }
      for (const [kind, list] of [['failed', got.failed], ['open', got.open]] as const) {
        for (const id2 of want[kind] ?? []) {
          if (!list.some((r) => r.id === id2)) {
            const has = list.map((r) => r.id).join(', ') || 'none';
            problems.push(at(`${id}: expected criterion "${id2}" to be ${kind}; ${kind}: ${has}`));
          }
        }
      }
      if (want.deadline && got.deadline.state !== want.deadline) {
        problems.push(at(`${id}: expected deadline ${want.deadline}, got ${got.deadline.state}`));
      }
    }
    return problems;
  });
}
