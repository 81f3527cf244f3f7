import { COST_CRITERIA } from './builtinCriteria';
import { deriveFacts } from './derive';
import { evaluateProgram } from './evaluate';
import { evalExpr } from './expr';
import type { Answers, Catalogue, Expr, Fact, FactValue, Program } from './types';

/** A set of answers that would change a result: fact → value. */
export type Assignment = Readonly<Record<string, FactValue>>;

const LIMIT = 24;

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function merge(a: Assignment, b: Assignment): Assignment | null {
  const out: Record<string, FactValue> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const w = out[k];
    if (w === undefined) out[k] = v;
    else if (Array.isArray(w) && Array.isArray(v)) out[k] = [...new Set([...w, ...v])];
    else if (w !== v) return null;
  }
  return out;
}

const size = (a: Assignment) => Object.keys(a).length;
const smallest = (xs: Assignment[]) => xs.sort((x, y) => size(x) - size(y)).slice(0, LIMIT);

function product(lists: Assignment[][]): Assignment[] {
  let acc: Assignment[] = [{}];
  for (const list of lists) {
    const next: Assignment[] = [];
    for (const a of acc) for (const b of list) {
      const m = merge(a, b);
      if (m) next.push(m);
    }
    acc = smallest(next);
  }
  return acc;
}

interface Ctx {
  readonly catalogue: Catalogue;
  readonly answers: Answers;
  readonly facts: ReadonlyMap<string, Fact>;
}

/** Assignments that make a single comparison come out as `want`. */
function leafFixes(e: Extract<Expr, { kind: 'fact' }>, want: boolean, ctx: Ctx): Assignment[] {
  const fact = ctx.facts.get(e.fact);
  const current = ctx.answers[e.fact];
  const set = Array.isArray(current) ? (current as string[]) : [];
  const all = fact?.values?.map((v) => v.id) ?? [];
  // Values nobody can switch to (a Gemeinde cannot become a Stadtkreis) are never suggested.
  const offered = new Set(fact?.values?.filter((v) => v.suggest !== false).map((v) => v.id) ?? []);
  const v = e.value;
  const one = (x: FactValue): Assignment => ({ [e.fact]: x });
  switch (e.op) {
    case 'is':
      return [one(want ? v : !v)];
    case 'equals':
      return (want ? [v] : all.filter((x) => x !== v)).filter((x) => typeof x !== 'string' || !fact?.values || offered.has(x)).map(one);
    case 'in':
      return (want ? (v as string[]) : all.filter((x) => !(v as string[]).includes(x))).filter((x) => offered.has(x)).map(one);
    case 'includes_any':
      return want ? (v as string[]).map((x) => one([...new Set([...set, x])])) : [one(set.filter((x) => !(v as string[]).includes(x)))];
    case 'includes_all':
      return want ? [one([...new Set([...set, ...(v as string[])])])] : (v as string[]).map((x) => one(set.filter((y) => y !== x)));
    case 'min':
      return [one(want ? (v as number) : (v as number) - 1)];
    case 'max':
      return [one(want ? (v as number) : (v as number) + 1)];
    case 'before':
      return [one(want ? dayBefore(v as string) : (v as string))];
    case 'on_or_after':
      return [one(want ? (v as string) : dayBefore(v as string))];
  }
}

/** All small sets of answers that make `e` evaluate to `want` (met for true, failed for false). */
function fixes(e: Expr, want: boolean, ctx: Ctx, depth = 0): Assignment[] {
  const now = evalExpr(e, ctx.answers, ctx.catalogue);
  if (now === (want ? 'met' : 'failed')) return [{}];
  if (depth > 32) return [];
  switch (e.kind) {
    case 'fact':
      return leafFixes(e, want, ctx);
    case 'not':
      return fixes(e.item, !want, ctx, depth + 1);
    case 'condition': {
      const c = ctx.catalogue.conditions[e.id];
      return c ? fixes(c.rule, want, ctx, depth + 1) : [];
    }
    case 'all':
    case 'any': {
      // all→true and any→false need every item; all→false and any→true need one.
      const every = (e.kind === 'all') === want;
      const parts = e.items.map((i) => fixes(i, want, ctx, depth + 1));
      return every ? product(parts) : smallest(parts.flat());
    }
  }
}

/**
 * The smallest sets of answers that would make an unknown or ineligible program eligible
 * ("passt, wenn ein zivilgesellschaftlicher Partner mitwirkt"), each verified by evaluating
 * again. Empty when no such set exists (or the program has ended).
 */
export function counterfactuals(program: Program, catalogue: Catalogue, answers: Answers, asOf: string): Assignment[] {
  const ctx: Ctx = { catalogue, answers, facts: new Map(catalogue.facts.map((f) => [f.id, f])) };
  const pending = program.criteria.filter(
    (c) => !(c.applies && evalExpr(c.applies, answers, catalogue) === 'failed') && evalExpr(c.rule, answers, catalogue) !== 'met',
  );
  // The built-in phase fit (evaluate.ts): the project would also seek one of the program's phases.
  const phases = Array.isArray(answers.phasen) ? (answers.phasen as readonly string[]) : [];
  const phaseFixes: Assignment[][] =
    program.phases.length && !program.phases.some((x) => phases.includes(x)) ? [program.phases.map((x) => ({ phasen: [...phases, x] }))] : [];
  // The purpose is what the project is: a hint names it only while `massnahmen` is unanswered.
  const purposeFixes: Assignment[][] =
    program.massnahmen && !Array.isArray(answers.massnahmen) ? [program.massnahmen.funds.map((x) => ({ massnahmen: [x] }))] : [];
  if (pending.length === 0 && phaseFixes.length === 0 && purposeFixes.length === 0) return [];
  // A derived fact (kosten_gesamt, einwohner …) cannot be answered, only its sources can.
  const derived = new Set(catalogue.facts.filter((f) => f.derived_from).map((f) => f.id));
  // Never advise what a project is once it is said (its Maßnahmen), nor an amount of money: costs are
  // what they are, and the amount hint "1 €" helps nobody.
  const fixed = new Set(catalogue.facts.filter((f) => f.type === 'money').map((f) => f.id));
  if (Array.isArray(answers.massnahmen)) fixed.add('massnahmen');
  const candidates = product([...pending.map((c) => fixes(c.rule, true, ctx)), ...phaseFixes, ...purposeFixes]).filter(
    (a) => !Object.keys(a).some((f) => derived.has(f) || fixed.has(f)),
  );
  // Costs are asked last: a fix is verified when nothing fails and only the cost fit may stay open.
  const verified = candidates.filter((a) => {
    const r = evaluateProgram(program, deriveFacts({ ...answers, ...a }, undefined, catalogue), catalogue, asOf);
    return r.validity === 'current' && r.failed.length === 0 && r.open.every((c) => COST_CRITERIA.has(c.id));
  });
  const best = verified.length ? size(verified[0]!) : 0;
  return verified.filter((a) => size(a) === best).slice(0, 3);
}
