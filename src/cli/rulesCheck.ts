import { parseArgs } from 'node:util';
import { formatIssue } from '../catalogue/ruleIssue';
import { runCases } from '../catalogue/runCases';
import { loadGemeinden, loadRules } from './nodeRules';
import { runAsScript, type Io } from './runMain';

/**
 * `npm run rules:check [-- --rules DIR] [--as-of YYYY-MM-DD]`: validates all rules, runs all
 * scenario cases, lists programs past their review-by date. Exit 1 on any error.
 */
export function main(argv: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...argv], options: { rules: { type: 'string', default: 'rules' }, 'as-of': { type: 'string' } } });
  const dir = values.rules!;
  const today = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  const { catalogue, cases, issues } = loadRules(dir);
  if (!catalogue) {
    for (const i of issues) io.err(formatIssue(i));
    io.err(`\n${issues.length} error(s) in the rules; nothing was compiled.`);
    return 1;
  }
  const failures = runCases(catalogue, cases, loadGemeinden(dir));
  for (const f of failures) io.err(formatIssue(f));
  const stale = catalogue.programs.filter((p) => p.review_by < today);
  for (const p of stale) io.err(`warning: ${p.id}: past its review-by date ${p.review_by} (as of ${today}): possibly outdated`);
  const byProgram = new Map(catalogue.programs.map((p) => [p.id, 0]));
  for (const c of cases) for (const id of Object.keys(c.expect)) byProgram.set(id, (byProgram.get(id) ?? 0) + 1);
  io.out(
    `${catalogue.programs.length} programs, ${catalogue.relations.length} relations, ${cases.length} cases ` +
      `(${cases.length - new Set(failures.map((f) => `${f.file}:${f.line}`)).size} passed, ${new Set(failures.map((f) => `${f.file}:${f.line}`)).size} failed); ` +
      `${stale.length} past review-by; catalogue ${catalogue.version}, Stand ${catalogue.stand}`,
  );
  return failures.length ? 1 : 0;
}

runAsScript(import.meta.url, main);
