import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssue } from '../catalogue/ruleIssue';
import { evaluate, parseAnswers, planFinancing } from '../engine';
import { loadGemeinden, loadRules } from './nodeRules';
import { runAsScript, type Io } from './runMain';

const USAGE = 'usage: npm run evaluate -- --answers FILE.json [--as-of YYYY-MM-DD] [--rules DIR]';


/**
 * `npm run evaluate -- --answers FILE.json [--as-of YYYY-MM-DD]` prints
 * `{ asOf, programs: [{ id, status, reasons, amount: { min, max }, deadline }] }` as JSON.
 * Exit 2 on a missing or broken answers file, 1 on broken rules.
 */
export function main(argv: readonly string[], io: Io): number {
  const fail = (message: string): number => {
    io.err(`${message}\n${USAGE}`);
    return 2;
  };
  let values: { answers?: string; 'as-of'?: string; rules?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { answers: { type: 'string' }, 'as-of': { type: 'string' }, rules: { type: 'string' } } }));
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!values.answers) return fail('missing --answers FILE.json');
  const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) return fail(`--as-of "${asOf}" is not a date YYYY-MM-DD`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(values.answers, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(err.code === 'ENOENT' ? `answers file not found: ${values.answers}` : `answers file ${values.answers} is not valid JSON: ${err.message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`answers file ${values.answers} must hold one JSON object of facts, e.g. {"antragsteller": "gemeinde"}`);
  }
  const dir = values.rules ?? 'rules';
  const { catalogue, issues } = loadRules(dir);
  if (!catalogue) {
    for (const i of issues) io.err(formatIssue(i));
    return 1;
  }
  const parsed = parseAnswers(catalogue, raw);
  if (parsed.issues.length) {
    const lines = parsed.issues.map((i) => `  ${i.fact}: ${i.reason.replace('_', ' ')}; expected ${i.expected}`);
    return fail(`answers file ${values.answers} has invalid answers:\n${lines.join('\n')}`);
  }
  const result = evaluate(catalogue, parsed.answers, { asOf, gemeinden: loadGemeinden(dir) });
  const programs = result.programs.map((p) => ({
    id: p.id,
    status: p.status,
    reasons: {
      met: p.met.map((r) => ({ id: r.id, text: r.text.de })),
      failed: p.failed.map((r) => ({ id: r.id, text: r.text.de })),
      open: p.open.map((r) => ({ id: r.id, text: r.text.de })),
      ...(p.validity !== 'current' ? { validity: p.validity } : {}),
    },
    amount: p.amount.kind === 'money' ? { min: p.amount.min, max: p.amount.max, ...(p.amount.loan ? { loan: true } : {}) } : null,
    deadline: p.deadline,
    ...(p.stale ? { stale: true } : {}),
  }));
  const p = planFinancing(catalogue, result);
  const plan = {
    items: p.items,
    allocations: p.allocations,
    total: p.total,
    ownShare: p.ownShare,
    publicShare: Math.round(p.publicShare * 1000) / 1000,
    alternatives: p.alternatives.map((a) => ({ without: a.without, total: a.total, ownShare: a.ownShare, allocations: a.allocations })),
    excluded: p.leftOut.map((l) => ({
      id: l.programId,
      reason: l.reason,
      ...(l.otherProgramId ? { with: l.otherProgramId } : {}),
      ...('relationId' in l && l.relationId ? { relation: l.relationId } : {}),
      ...(l.relation ? { relation: l.relation.id, text: l.relation.text.de, source: l.relation.source.url ?? l.relation.source.reference } : {}),
    })),
    cautions: p.cautions.map((c) => ({ programs: c.programs, relation: c.relation.id, text: c.relation.text.de })),
  };
  io.out(JSON.stringify({ asOf, catalogue: catalogue.version, programs, plan }, null, 2));
  return 0;
}

runAsScript(import.meta.url, main);
