import type { Tier } from '../catalogue/schema/program.schema';
import { COST_TYPES, costFact } from './costTypes';
import { evalExpr } from './expr';
import type { Answers, Catalogue, Program, Truth } from './types';

/** Why an amount is what it is; the UI turns each code into a sentence. */
export type AmountNote =
  | 'cost_unknown'
  | 'quota_unknown'
  | 'max_unknown'
  | 'min_unknown'
  | 'applicant_unknown'
  | 'tier_open'
  | 'below_minimum'
  | 'no_tier'
  | 'units_unknown';

/** What a program can pay for this project, in whole euros; `null` is unknown, never guessed. */
export type AmountResult =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'money';
      readonly min: number | null;
      readonly max: number | null;
      /** The project's costs of the cost types the program pays for. */
      readonly eligibleCost: number | null;
      readonly quota: { readonly min: number; readonly max: number } | null;
      readonly notes: readonly AmountNote[];
      readonly uncertain: boolean;
      /** A loan (Darlehen): money to pay back, never counted as funding. */
      readonly loan: boolean;
    };

const COST_FACTS = COST_TYPES.map(costFact);

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/**
 * The costs of the given types. Once any cost is answered the form was filled in, so an
 * unanswered type counts 0; with no cost answered at all the costs are unknown.
 */
export function costOf(answers: Answers, types: readonly string[]): number | null {
  // Plain loops: this runs for every program of every evaluation.
  let any = false;
  for (const f of COST_FACTS) if (num(answers[f]) !== null) any = true;
  if (!any) return null;
  let sum = 0;
  for (const t of types) sum += num(answers[`kosten_${t}`]) ?? 0;
  return sum;
}

/** Eligible cost after caps on one cost type's share of the grant (GeiBW: Personal ≤ 40 %). */
function cappedCost(program: Extract<Program['amount'], object>, answers: Answers): number | null {
  const total = costOf(answers, program.cost_types);
  if (total === null) return null;
  const caps = program.cost_type_caps ?? [];
  if (caps.length === 0) return total;
  // Summed type by type (never total minus a part): huge amounts must not cancel out in floating point.
  const capped = new Set(caps.map((c) => c.cost_type));
  let cost = 0;
  for (const t of program.cost_types) if (!capped.has(t)) cost += num(answers[costFact(t)]) ?? 0;
  for (const cap of caps) {
    if (!program.cost_types.includes(cap.cost_type)) continue;
    const part = num(answers[costFact(cap.cost_type)]) ?? 0;
    cost += cap.max_share >= 1 ? part : Math.min(part, (cap.max_share / (1 - cap.max_share)) * cost);
  }
  return cost;
}

interface Range {
  min: number | null;
  max: number | null;
  quota: { min: number; max: number } | null;
  notes: AmountNote[];
}

function tierRange(t: Tier, cost: number | null, ownShareMin: number | null, answers: Answers): Range {
  const notes: AmountNote[] = [];
  const quota = typeof t.quota === 'number' ? { min: t.quota, max: t.quota } : typeof t.quota === 'object' ? t.quota : null;
  if (t.quota === 'unknown') notes.push('quota_unknown');
  const tMin = typeof t.min === 'number' ? t.min : t.min === 'none' ? 0 : null;
  const tMax = typeof t.max === 'number' ? t.max : null;
  if (t.min === 'unknown') notes.push('min_unknown');
  if (t.max === 'unknown') notes.push('max_unknown');
  if (cost === null) notes.push('cost_unknown');

  let lo: number | null;
  let hi: number | null;
  if (t.fixed !== undefined || t.per_unit) {
    const units = t.per_unit ? num(answers[t.per_unit.fact]) : 1;
    if (units === null) notes.push('units_unknown');
    const fixed = units === null ? null : t.fixed ?? units * t.per_unit!.euro;
    lo = hi = fixed;
  } else if (cost === null) {
    lo = tMin;
    hi = tMax;
  } else if (quota) {
    lo = quota.min * cost;
    hi = quota.max * cost;
  } else {
    lo = tMin;
    hi = tMax === null ? null : cost;
  }
  if (hi !== null) {
    if (tMax !== null) hi = Math.min(hi, tMax);
    if (cost !== null) hi = Math.min(hi, cost, ownShareMin === null ? cost : (1 - ownShareMin) * cost);
    hi = Math.floor(hi);
  }
  // A program never pays less than its minimum grant: below it, it cannot fund the project.
  const upper = hi ?? cost;
  if (t.fixed === undefined && !t.per_unit && typeof t.min === 'number' && cost !== null && upper !== null && upper < t.min) {
    notes.push('below_minimum');
    return { min: 0, max: 0, quota, notes };
  }
  if (lo !== null && typeof t.min === 'number' && t.fixed === undefined && !t.per_unit) lo = Math.max(lo, t.min);
  if (lo !== null) lo = Math.floor(hi === null ? lo : Math.min(lo, hi));
  return { min: lo, max: hi, quota, notes };
}

/**
 * The tiers that can apply, tried in order: the first whose applicants and condition are both
 * met decides; tiers before it that might still match (open answers) widen the range.
 */
export function tiersFor(amount: Extract<Program['amount'], object>, answers: Answers, catalogue: Catalogue) {
  const applicant = typeof answers.antragsteller === 'string' ? answers.antragsteller : undefined;
  const possible: Tier[] = [];
  for (const t of amount.tiers) {
    const who: Truth = !t.applicants ? 'met' : applicant === undefined ? 'unknown' : t.applicants.includes(applicant) ? 'met' : 'failed';
    const cond: Truth = t.when ? evalExpr(t.when, answers, catalogue) : 'met';
    if (who === 'failed' || cond === 'failed') continue;
    possible.push(t);
    if (who === 'met' && cond === 'met') break;
  }
  const notes: AmountNote[] = possible.length === 0 ? ['no_tier'] : possible.length > 1 ? [applicant === undefined ? 'applicant_unknown' : 'tier_open'] : [];
  return { tiers: possible, notes };
}


/** The amount range a program can pay for this project: never above its caps or the costs. */
export function amountFor(program: Program, answers: Answers, catalogue: Catalogue): AmountResult {
  const amount = program.amount;
  if (amount === 'none') return { kind: 'none' };
  const cost = cappedCost(amount, answers);
  const ownShareMin = typeof amount.own_share_min === 'number' ? amount.own_share_min : null;
  const { tiers, notes } = tiersFor(amount, answers, catalogue);
  // Merge the ranges of the possible tiers (plain loops: this runs for every program).
  let min: number | null = tiers.length ? Infinity : null;
  let max: number | null = tiers.length ? -Infinity : null;
  let quota: { min: number; max: number } | null = tiers.length ? { min: 1, max: 0 } : null;
  let uncertain = false;
  for (const t of tiers) {
    const r = tierRange(t, cost, ownShareMin, answers);
    min = min === null || r.min === null ? null : Math.min(min, r.min);
    max = max === null || r.max === null ? null : Math.max(max, r.max);
    quota = quota === null || r.quota === null ? null : { min: Math.min(quota.min, r.quota.min), max: Math.max(quota.max, r.quota.max) };
    for (const n of r.notes) if (!notes.includes(n)) notes.push(n);
    if (t.uncertain !== undefined) uncertain = true;
  }
  return { kind: 'money', min, max, eligibleCost: cost, quota, notes, uncertain, loan: program.funding_type === 'darlehen' };
}
