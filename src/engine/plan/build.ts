import { amountFor, tiersFor } from '../amounts';
import { COST_TYPES, costFact } from '../costTypes';
import { deriveFacts } from '../derive';
import { evaluateProgram, type CriterionResult, type Evaluation } from '../evaluate';
import { evalExpr } from '../expr';
import type { Answers, Catalogue, FactValue, Program } from '../types';
import { relationsBetween, relationsOf, selects } from './relations';
import type { Candidate, CostItem, PlanProblem } from './solve';

/** Why a program with money is not planned with an amount. */
export type SetAsideReason =
  | 'amount_unknown'
  | 'quota_unknown'
  | 'loan'
  | 'user_excluded'
  | 'needs_municipal_grant'
  | 'below_minimum'
  | 'items_do_not_fit';

export interface SetAside {
  readonly programId: string;
  readonly reason: SetAsideReason;
  /** The relation that says so, where one does. */
  readonly relationId?: string;
  /** `items_do_not_fit`: the criteria the plan's own cost items fail. */
  readonly failed?: readonly CriterionResult[];
}

export interface PlanOptions {
  readonly pinned?: readonly string[];
  readonly excluded?: readonly string[];
}

/** The default cost items: one per cost type the answers give an amount for. */
export function defaultItems(answers: Answers): CostItem[] {
  return COST_TYPES.flatMap((type) => {
    const amount = answers[costFact(type)];
    return typeof amount === 'number' && amount > 0 ? [{ id: type, type, amount }] : [];
  });
}

/** The answers with the costs the items add up to, so amounts follow the plan's items. */
function answersFor(answers: Answers, items: readonly CostItem[]): Answers {
  const out: Record<string, FactValue> = { ...answers };
  for (const t of COST_TYPES) out[costFact(t)] = items.filter((i) => i.type === t).reduce((s, i) => s + i.amount, 0);
  return out;
}

/** The largest share of an item the program may fund, after every rule that caps it. */
function shareCap(p: Program, catalogue: Catalogue, answers: Answers): number {
  if (p.amount === 'none') return 0;
  const quotas = tiersFor(p.amount, answers, catalogue).tiers.map((t) => (typeof t.quota === 'number' ? t.quota : typeof t.quota === 'object' ? t.quota.max : 1));
  let cap = quotas.length ? Math.max(...quotas) : 1;
  if (typeof p.amount.own_share_min === 'number') cap = Math.min(cap, 1 - p.amount.own_share_min);
  // Matching (§ 123 SGB XI): the program pays at most ratio × what the municipality pays on the same part.
  // A relation its source leaves uncertain is to be cleared with the funder, never a hard cap.
  for (const r of relationsOf(catalogue, p, 'requires_cofinancing')) if (r.ratio && !r.uncertain) cap = Math.min(cap, r.ratio / (1 + r.ratio));
  for (const r of catalogue.relations) {
    if (r.type !== 'combined_cap' || !selects(r.programs, p)) continue;
    if (r.max_public_share !== undefined) cap = Math.min(cap, r.max_public_share);
    if (r.min_own_share !== undefined) cap = Math.min(cap, 1 - r.min_own_share);
  }
  return cap;
}

function minimumOf(p: Program, catalogue: Catalogue, answers: Answers): number {
  if (p.amount === 'none') return 0;
  const mins = tiersFor(p.amount, answers, catalogue).tiers.map((t) => (typeof t.min === 'number' ? t.min : 0));
  return mins.length ? Math.min(...mins) : 0;
}

/** A municipal applicant, or a municipal grant confirmed: what "requires a municipal grant" needs. */
function municipalMoney(catalogue: Catalogue, answers: Answers): boolean {
  const kommunal = catalogue.conditions['kommunaler-antragsteller'];
  return (kommunal !== undefined && evalExpr(kommunal.rule, answers, catalogue) === 'met') || answers.kommunaler_zuschuss === true;
}

/**
 * Turns the evaluation into the planner's problem: the programs that fit or may fit and pay money,
 * with their caps; the rest set aside with the reason (amount unknown, loan, needs a grant …).
 */
export function buildProblem(catalogue: Catalogue, evaluation: Evaluation, items: readonly CostItem[], options: PlanOptions = {}) {
  // The cost items are the project's costs: every criterion on costs is judged on them as they stand.
  const answers = deriveFacts(answersFor(evaluation.answers, items), undefined, catalogue);
  const candidates: Candidate[] = [];
  const setAside: SetAside[] = [];
  const programs = new Map(catalogue.programs.map((p) => [p.id, p]));
  for (const r of evaluation.programs) {
    const p = programs.get(r.id)!;
    if (r.status === 'ineligible' || p.amount === 'none' || p.kind !== 'foerderung') continue;
    const aside = (reason: SetAsideReason, relationId?: string) => setAside.push({ programId: p.id, reason, ...(relationId ? { relationId } : {}) });
    const onItems = items.length ? evaluateProgram(p, answers, catalogue, evaluation.asOf) : r;
    const status = onItems.status;
    if (status === 'ineligible') setAside.push({ programId: p.id, reason: 'items_do_not_fit', failed: onItems.failed });
    else if (options.excluded?.includes(p.id)) aside('user_excluded');
    else if (p.funding_type === 'darlehen') aside('loan', relationsOf(catalogue, p, 'own_share_financing')[0]?.id);
    else {
      // Uncertain co-financing (its source says "Land und/oder Kommune") is a caution in the plan, not a reason to leave out.
      const needs = relationsOf(catalogue, p, 'requires_cofinancing').find((x) => x.by === 'kommune' && !x.uncertain);
      const amount = amountFor(p, answers, catalogue);
      const max = amount.kind === 'money' ? amount.max : null;
      // A share no source states is not guessed: such a program is "Betrag offen", not money in the plan.
      const quotaUnknown = tiersFor(p.amount, answers, catalogue).tiers.some((t) => t.quota === 'unknown');
      if (needs && !municipalMoney(catalogue, answers)) aside('needs_municipal_grant', needs.id);
      else if (max === null) aside('amount_unknown', relationsOf(catalogue, p, 'own_funds_replacement')[0]?.id);
      else if (quotaUnknown) aside('quota_unknown');
      else if (max === 0) aside('below_minimum');
      else {
        candidates.push({
          id: p.id,
          types: p.amount.cost_types,
          phases: p.phases,
          shareCap: shareCap(p, catalogue, answers),
          max,
          min: minimumOf(p, catalogue, answers),
          subsidiary: relationsOf(catalogue, p, 'subsidiarity').length > 0,
          sure: status === 'eligible',
        });
      }
    }
  }
  const exclusive: [string, string][] = [];
  for (const [i, a] of candidates.entries()) {
    for (const b of candidates.slice(i + 1)) {
      const rules = relationsBetween(catalogue, programs.get(a.id)!, programs.get(b.id)!, ['exclusion']);
      if (rules.some((r) => r.type === 'exclusion' && r.scope === 'always' && !r.uncertain)) {
        exclusive.push([a.id, b.id]);
      }
    }
  }
  const pinned = (options.pinned ?? []).filter((id) => candidates.some((c) => c.id === id));
  const problem: PlanProblem = { items, candidates, exclusive, pinned };
  return { problem, setAside };
}
