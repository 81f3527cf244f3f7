import type { CostType } from '../costTypes';

/** A part of the project cost, with its type and (optionally) its phase. */
export interface CostItem {
  readonly id: string;
  readonly type: CostType;
  readonly amount: number;
  readonly phase?: string;
  readonly label?: string;
}

/** A program as the planner sees it: which items it may fund, how much of each, and in all. */
export interface Candidate {
  readonly id: string;
  /** Item types it pays for; an item outside them cannot be funded by it. */
  readonly types: readonly CostType[];
  /** Phases it pays for; an item with another phase cannot be funded by it. */
  readonly phases: readonly string[];
  /** Largest share of an item it may fund (quota, own-share minimum, matching, combined caps). */
  readonly shareCap: number;
  /** Most it pays in all, and least it pays when it pays at all (its minimum grant). */
  readonly max: number;
  readonly min: number;
  /** Nachrangig: used only where it adds money; of equal plans, the one with less of it wins. */
  readonly subsidiary: boolean;
  /** "Passt" (eligible): its money is sure; a "passt vielleicht" program only takes what no sure one can fund. */
  readonly sure: boolean;
}

export interface PlanProblem {
  readonly items: readonly CostItem[];
  readonly candidates: readonly Candidate[];
  /** Pairs never used together (exclusion `always`). */
  readonly exclusive: readonly (readonly [string, string])[];
  /** Programs the user pinned: they must be in the plan. */
  readonly pinned: readonly string[];
}

export interface Allocation {
  readonly programId: string;
  readonly itemId: string;
  readonly amount: number;
}

/**
 * How plans compare: more money from programs that fit ("passt"), then more money in all, then
 * fewer programs, then less money from subsidiary programs.
 */
export interface Score {
  readonly sure: number;
  readonly total: number;
  readonly programs: number;
  readonly subsidiary: number;
}

export interface Solution {
  readonly allocations: readonly Allocation[];
  readonly score: Score;
}

/** True when a is a better plan than b. */
export function better(a: Score, b: Score): boolean {
  if (a.sure !== b.sure) return a.sure > b.sure;
  if (a.total !== b.total) return a.total > b.total;
  if (a.programs !== b.programs) return a.programs < b.programs;
  return a.subsidiary < b.subsidiary;
}

/** May program p fund item i at all? */
export function fits(p: Candidate, item: CostItem): boolean {
  return p.types.includes(item.type) && (item.phase === undefined || p.phases.includes(item.phase)) && item.amount > 0;
}

/** What p pays for the items of `mask`: min(max, Σ ⌊share × cost⌋), or -1 when not allowed. */
export function valueOf(p: Candidate, items: readonly CostItem[], mask: number): number {
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    if (!(mask & (1 << i))) continue;
    if (!fits(p, items[i]!)) return -1;
    sum += Math.floor(p.shareCap * items[i]!.amount);
  }
  const v = Math.min(p.max, sum);
  return v > 0 && v >= p.min ? v : -1;
}

/** Spreads a program's amount over its items in item order, each up to its share cap. */
export function spread(p: Candidate, items: readonly CostItem[], mask: number, amount: number): Allocation[] {
  const out: Allocation[] = [];
  let left = amount;
  for (let i = 0; i < items.length && left > 0; i++) {
    if (!(mask & (1 << i))) continue;
    const a = Math.min(left, Math.floor(p.shareCap * items[i]!.amount));
    if (a > 0) out.push({ programId: p.id, itemId: items[i]!.id, amount: a });
    left -= a;
  }
  return out;
}
