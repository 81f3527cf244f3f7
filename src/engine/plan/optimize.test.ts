import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_TYPES, type CostType } from '../costTypes';
import { optimize } from './optimize';
import type { Candidate, CostItem, PlanProblem, Score } from './solve';

const PHASES = ['konzept_analyse', 'beteiligung', 'umsetzung', 'investition'];

/**
 * Brute force, written without the planner's helpers: try every assignment of each item to one
 * program or to none, check every rule, and keep the best score.
 */
function bruteForce(problem: PlanProblem): Score | undefined {
  const { items, candidates } = problem;
  let best: Score | undefined;
  const choice = new Array<number>(items.length).fill(-1);
  const visit = (i: number): void => {
    if (i === items.length) {
      const paid = new Map<number, number>();
      for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k]!;
        let sum = 0;
        let used = false;
        for (let j = 0; j < items.length; j++) {
          if (choice[j] !== k) continue;
          used = true;
          const it = items[j]!;
          if (!c.types.includes(it.type) || (it.phase !== undefined && !c.phases.includes(it.phase)) || it.amount <= 0) return;
          sum += Math.floor(c.shareCap * it.amount);
        }
        if (!used) continue;
        const v = Math.min(c.max, sum);
        if (v <= 0 || v < c.min) return;
        paid.set(k, v);
      }
      const used = new Set([...paid.keys()].map((k) => candidates[k]!.id));
      if (problem.exclusive.some(([a, b]) => used.has(a) && used.has(b))) return;
      if (!problem.pinned.every((id) => used.has(id))) return;
      let sure = 0;
      let total = 0;
      let subsidiary = 0;
      for (const [k, v] of paid) {
        total += v;
        if (candidates[k]!.sure) sure += v;
        if (candidates[k]!.subsidiary) subsidiary += v;
      }
      const s: Score = { sure, total, programs: paid.size, subsidiary };
      const key = (x: Score) => [x.sure, x.total, -x.programs, -x.subsidiary];
      const wins = !best || key(s).reduce((d, v, j) => (d !== 0 ? d : Math.sign(v - key(best!)[j]!)), 0) > 0;
      if (wins) best = s;
      return;
    }
    for (let k = -1; k < candidates.length; k++) {
      choice[i] = k;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

const typeArb = fc.constantFrom<CostType>(...COST_TYPES);
const itemArb = (i: number) =>
  fc.record({
    type: typeArb,
    amount: fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom(1000, 5000, 20000, 100000)),
    phase: fc.option(fc.constantFrom(...PHASES), { nil: undefined }),
  }).map((r): CostItem => ({ id: `k${i}`, type: r.type, amount: r.amount, ...(r.phase ? { phase: r.phase } : {}) }));
const candidateArb = (i: number) =>
  fc.record({
    types: fc.uniqueArray(typeArb, { minLength: 1, maxLength: 4 }),
    phases: fc.uniqueArray(fc.constantFrom(...PHASES), { minLength: 1, maxLength: 4 }),
    shareCap: fc.constantFrom(0.2, 0.4, 0.5, 0.6, 0.75, 0.8, 0.9, 1),
    max: fc.oneof(fc.integer({ min: 1, max: 150_000 }), fc.constantFrom(2000, 4000, 85000, 115000)),
    min: fc.oneof(fc.constant(0), fc.constantFrom(3000, 5000, 20000)),
    subsidiary: fc.boolean(),
    sure: fc.boolean(),
  }).map((r): Candidate => ({ id: `p${String(i).padStart(2, '0')}`, ...r }));

/** Sizes kept so that brute force stays fast: (programs + 1)^items ≤ about 120,000. */
const problemArb = fc
  .constantFrom([10, 4], [8, 5], [6, 6], [5, 6], [10, 3], [4, 6], [3, 2], [1, 1], [0, 2])
  .chain(([n, m]) =>
    fc.record({
      items: fc.tuple(...Array.from({ length: m! }, (_, i) => itemArb(i))),
      candidates: n ? fc.tuple(...Array.from({ length: n }, (_, i) => candidateArb(i))) : fc.constant([] as Candidate[]),
      pairs: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 3 }),
      pins: fc.array(fc.nat(9), { maxLength: 2 }),
    }),
  )
  .map(({ items, candidates, pairs, pins }): PlanProblem => {
    const id = (k: number) => candidates[k % Math.max(1, candidates.length)]?.id;
    return {
      items,
      candidates,
      exclusive: pairs.flatMap(([a, b]) => (id(a) && id(b) && id(a) !== id(b) ? [[id(a)!, id(b)!] as const] : [])),
      pinned: [...new Set(pins.flatMap((k) => (id(k) ? [id(k)!] : [])))],
    };
  });

describe('the planner', () => {
  it('agrees with brute force on 600 random small instances (up to 10 programs, up to 6 cost items)', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const expected = bruteForce(problem);
        const got = optimize(problem);
        expect(got?.score).toEqual(expected);
      }),
      { numRuns: 600, seed: 20261121 },
    );
  });

  it('never funds an item above its cost, a program above its cap or below its minimum', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const got = optimize(problem);
        if (!got) return;
        for (const item of problem.items) {
          const sum = got.allocations.filter((a) => a.itemId === item.id).reduce((s, a) => s + a.amount, 0);
          expect(sum).toBeLessThanOrEqual(item.amount);
        }
        for (const c of problem.candidates) {
          const sum = got.allocations.filter((a) => a.programId === c.id).reduce((s, a) => s + a.amount, 0);
          if (sum > 0) expect(sum).toBeGreaterThanOrEqual(c.min);
          expect(sum).toBeLessThanOrEqual(c.max);
        }
        expect(got.allocations.reduce((s, a) => s + a.amount, 0)).toBe(got.score.total);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('plans money from programs that fit first: a "passt vielleicht" one never displaces one that fits', () => {
    // LEADER-Regionalbudget style: may fit, 80 % of the item; ELR style: fits, 40 %.
    const items: CostItem[] = [{ id: 'bau', type: 'investition', amount: 240000 }];
    const base = { types: ['investition'] as CostType[], phases: PHASES, min: 0, subsidiary: false };
    const problem: PlanProblem = {
      items,
      candidates: [
        { ...base, id: 'maybe', shareCap: 0.8, max: 200000, sure: false },
        { ...base, id: 'sure', shareCap: 0.4, max: 200000, sure: true },
      ],
      exclusive: [],
      pinned: [],
    };
    expect(optimize(problem)?.allocations).toEqual([{ programId: 'sure', itemId: 'bau', amount: 96000 }]);
    // Where no sure program can fund an item, the "maybe" one takes it.
    const other = { ...problem, items: [...items, { id: 'fest', type: 'sach' as const, amount: 10000 }] };
    const withSach = { ...other, candidates: [...other.candidates.slice(0, 1).map((c) => ({ ...c, types: ['sach', 'investition'] as CostType[] })), other.candidates[1]!] };
    expect(optimize(withSach)?.allocations).toEqual([
      { programId: 'maybe', itemId: 'fest', amount: 8000 },
      { programId: 'sure', itemId: 'bau', amount: 96000 },
    ]);
  });
});
