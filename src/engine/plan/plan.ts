import type { CriterionResult, Evaluation } from '../evaluate';
import type { Catalogue, Program, Relation } from '../types';
import { buildProblem, defaultItems, type PlanOptions, type SetAside } from './build';
import { optimize } from './optimize';
import { relationsBetween, relationsOf } from './relations';
import { fits, type Allocation, type Candidate, type CostItem, type PlanProblem, type Solution } from './solve';

/** Why a program that fits is not in the plan (or set aside before planning). */
export interface LeftOut {
  readonly programId: string;
  readonly reason: SetAside['reason'] | 'excluded_with' | 'items_taken' | 'no_fitting_item' | 'not_needed' | 'pinned_impossible';
  /** The program it gave way to, and the relation (with its source) that rules so. */
  readonly otherProgramId?: string;
  readonly relation?: Relation;
  /** `items_do_not_fit`: the criteria the plan's cost items fail. */
  readonly failed?: readonly CriterionResult[];
}

export interface PlannedProgram {
  readonly id: string;
  readonly amount: number;
  /** It pays its maximum: more costs would not bring more. */
  readonly capped: boolean;
  readonly status: 'eligible' | 'unknown';
  /** For "passt vielleicht": what must be cleared before the money is sure. */
  readonly open: readonly CriterionResult[];
}

export interface PlanVariant {
  readonly allocations: readonly Allocation[];
  readonly total: number;
  readonly ownShare: number;
  readonly programs: readonly string[];
  /** The program this variant does without, compared to the best plan. */
  readonly without?: string;
}

export interface Plan extends PlanVariant {
  readonly items: readonly CostItem[];
  readonly totalCost: number;
  /** Share of the costs paid with public money (EU, Bund, Land, Kommune), 0 to 1. */
  readonly publicShare: number;
  readonly planned: readonly PlannedProgram[];
  readonly leftOut: readonly LeftOut[];
  /**
   * What to clear with the funders: combinations of type `caution`, exclusions and required co-financing
   * that their sources leave uncertain (one program or a pair).
   */
  readonly cautions: readonly { readonly programs: readonly [string] | readonly [string, string]; readonly relation: Relation }[];
  readonly alternatives: readonly PlanVariant[];
  /** False when the pinned programs cannot all be placed; the plan is then the best without pins. */
  readonly pinsHonoured: boolean;
}

const PUBLIC = new Set(['eu', 'bund', 'land', 'kommune']);

/** A program that fits but is not counted as money: its amount or its quota no source states. */
export const isOpenAmount = (l: LeftOut): boolean => l.reason === 'amount_unknown' || l.reason === 'quota_unknown';

/** The most cost items a plan takes (the consultation format allows as many). */
export const MAX_PLAN_ITEMS = 12;
const sum = (xs: readonly Allocation[]) => xs.reduce((s, a) => s + a.amount, 0);

function variant(solution: Solution | undefined, totalCost: number, without?: string): PlanVariant {
  const allocations = solution?.allocations ?? [];
  const programs = [...new Set(allocations.map((a) => a.programId))];
  return { allocations, total: sum(allocations), ownShare: totalCost - sum(allocations), programs, ...(without ? { without } : {}) };
}

/** Why a fitting candidate did not make it into the plan. */
function whyLeftOut(c: Candidate, problem: PlanProblem, best: PlanVariant, catalogue: Catalogue, byId: Map<string, Program>): LeftOut {
  const rival = problem.exclusive.find(([a, b]) => (a === c.id && best.programs.includes(b)) || (b === c.id && best.programs.includes(a)));
  if (rival) {
    const other = rival[0] === c.id ? rival[1] : rival[0];
    const relation = relationsBetween(catalogue, byId.get(c.id)!, byId.get(other)!, ['exclusion'])[0];
    return { programId: c.id, reason: 'excluded_with', otherProgramId: other, ...(relation ? { relation } : {}) };
  }
  const items = problem.items.filter((i) => fits(c, i));
  if (items.length === 0) return { programId: c.id, reason: 'no_fitting_item' };
  const taker = best.allocations.find((a) => items.some((i) => i.id === a.itemId));
  if (taker) {
    const relation = relationsBetween(catalogue, byId.get(c.id)!, byId.get(taker.programId)!, ['exclusion'])
      .filter((r) => r.type === 'exclusion' && r.scope === 'same_cost_item')
      // A rule that names the program (ELR) explains better than one about a whole level.
      .sort((x, y) => Number('a' in y && 'programs' in y.a) - Number('a' in x && 'programs' in x.a))[0];
    return { programId: c.id, reason: 'items_taken', otherProgramId: taker.programId, ...(relation ? { relation } : {}) };
  }
  return { programId: c.id, reason: 'not_needed' };
}

/**
 * The financing plan: the best permissible allocation of program money to the cost items (maximum
 * funding, then fewest programs, then least subsidiary money), why each fitting program is left out,
 * the combinations to clear, and up to two alternatives without one of the planned programs.
 */
export function planFinancing(catalogue: Catalogue, evaluation: Evaluation, options: PlanOptions & { items?: readonly CostItem[] } = {}): Plan {
  // The exact search grows with 3^items; beyond MAX_PLAN_ITEMS the rest stays unplanned (own share).
  const items = (options.items ?? defaultItems(evaluation.answers)).slice(0, MAX_PLAN_ITEMS);
  const { problem, setAside } = buildProblem(catalogue, evaluation, items, options);
  const totalCost = items.reduce((s, i) => s + i.amount, 0);
  const pinnedSolution = optimize(problem);
  const solution = pinnedSolution ?? optimize({ ...problem, pinned: [] });
  const best = variant(solution, totalCost);
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  const statusOf = (id: string) => evaluation.programs.find((r) => r.id === id)!.status as 'eligible' | 'unknown';

  const alternatives = best.programs
    .filter((id) => !problem.pinned.includes(id))
    .map((id) => variant(optimize({ ...problem, candidates: problem.candidates.filter((c) => c.id !== id) }), totalCost, id))
    .filter((v, i, all) => v.programs.length > 0 && all.findIndex((w) => w.programs.join() === v.programs.join()) === i)
    .sort((a, b) => b.total - a.total || a.programs.length - b.programs.length)
    .slice(0, 2);

  const leftOut: LeftOut[] = [
    ...setAside,
    ...problem.candidates
      .filter((c) => !best.programs.includes(c.id))
      .map((c) => (problem.pinned.includes(c.id) ? { programId: c.id, reason: 'pinned_impossible' as const } : whyLeftOut(c, problem, best, catalogue, byId))),
  ];
  const sameItem = (a: string, b: string) => best.allocations.some((x) => x.programId === a && best.allocations.some((y) => y.programId === b && y.itemId === x.itemId));
  const pairCautions: Plan['cautions'] = best.programs.flatMap((a, i) =>
    best.programs.slice(i + 1).flatMap((b) =>
      relationsBetween(catalogue, byId.get(a)!, byId.get(b)!, ['caution', 'exclusion'])
        .filter((r) => (r.type === 'caution' || (r.type === 'exclusion' && r.uncertain)) && (r.scope === 'always' || sameItem(a, b)))
        .map((relation) => ({ programs: [a, b] as const, relation })),
    ),
  );
  const ownCautions: Plan['cautions'] = best.programs.flatMap((a) =>
    relationsOf(catalogue, byId.get(a)!, 'requires_cofinancing')
      .filter((r) => r.uncertain)
      .map((relation) => ({ programs: [a] as const, relation })),
  );
  const cautions = [...pairCautions, ...ownCautions];
  const publicMoney = best.allocations.filter((a) => PUBLIC.has(byId.get(a.programId)!.level)).reduce((s, a) => s + a.amount, 0);
  return {
    ...best,
    items,
    totalCost,
    publicShare: totalCost > 0 ? publicMoney / totalCost : 0,
    planned: best.programs.map((id) => {
      const amount = best.allocations.filter((a) => a.programId === id).reduce((s, a) => s + a.amount, 0);
      const open = evaluation.programs.find((r) => r.id === id)!.open;
      return { id, amount, capped: amount === problem.candidates.find((c) => c.id === id)!.max, status: statusOf(id), open };
    }),
    leftOut,
    cautions,
    alternatives,
    pinsHonoured: pinnedSolution !== undefined,
  };
}
