import { better, spread, valueOf, type Allocation, type Candidate, type PlanProblem, type Score, type Solution } from './solve';

interface Cell {
  readonly score: Score;
  /** The mask this program took (0 = skipped) and the state it came from. */
  readonly took: number;
  readonly from: number;
}

const NONE: Score = { sure: -1, total: -1, programs: 0, subsidiary: 0 };

/**
 * Exact optimum for one set of candidates with no exclusive pairs among them: a dynamic programme
 * over the candidates, whose state is the set of items already funded (each item by at most one
 * program). Per candidate every subset of the free items is tried, so the work is 3^items per
 * candidate: about 22,000 steps for 30 programs and 6 items.
 */
function optimizeSet(problem: PlanProblem, candidates: readonly Candidate[]): Solution | undefined {
  const { items } = problem;
  const full = (1 << items.length) - 1;
  const layers: Cell[][] = [];
  let dp: Score[] = Array.from({ length: full + 1 }, () => NONE);
  dp[0] = { sure: 0, total: 0, programs: 0, subsidiary: 0 };
  for (const p of candidates) {
    const pinned = problem.pinned.includes(p.id);
    const next: Score[] = Array.from({ length: full + 1 }, () => NONE);
    const cells: Cell[] = Array.from({ length: full + 1 }, () => ({ score: NONE, took: 0, from: 0 }));
    const values = new Map<number, number>();
    for (let state = 0; state <= full; state++) {
      const here = dp[state]!;
      if (here.total < 0) continue;
      if (!pinned && better(here, cells[state]!.score)) {
        next[state] = here;
        cells[state] = { score: here, took: 0, from: state };
      }
      const free = full & ~state;
      for (let sub = free; sub > 0; sub = (sub - 1) & free) {
        let v = values.get(sub);
        if (v === undefined) values.set(sub, (v = valueOf(p, items, sub)));
        if (v < 0) continue;
        const to = state | sub;
        const s: Score = {
          sure: here.sure + (p.sure ? v : 0),
          total: here.total + v,
          programs: here.programs + 1,
          subsidiary: here.subsidiary + (p.subsidiary ? v : 0),
        };
        if (better(s, cells[to]!.score)) {
          next[to] = s;
          cells[to] = { score: s, took: sub, from: state };
        }
      }
    }
    layers.push(cells);
    dp = next;
  }
  let bestState = -1;
  for (let s = 0; s <= full; s++) if (dp[s]!.total >= 0 && (bestState < 0 || better(dp[s]!, dp[bestState]!))) bestState = s;
  if (bestState < 0) return undefined;
  const allocations: Allocation[] = [];
  let state = bestState;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const cell = layers[k]![state]!;
    if (cell.took) {
      const p = candidates[k]!;
      allocations.push(...spread(p, items, cell.took, valueOf(p, items, cell.took)));
    }
    state = cell.from;
  }
  return { allocations: allocations.reverse(), score: dp[bestState]! };
}

/** Every way to drop one program of each exclusive pair (keeping pinned ones). */
function withoutConflicts(problem: PlanProblem): Candidate[][] {
  let sets: Candidate[][] = [[...problem.candidates]];
  for (const [a, b] of problem.exclusive) {
    sets = sets.flatMap((set) => {
      if (!set.some((c) => c.id === a) || !set.some((c) => c.id === b)) return [set];
      return [a, b].filter((drop) => !problem.pinned.includes(drop)).map((drop) => set.filter((c) => c.id !== drop));
    });
  }
  return sets;
}

/**
 * The best permissible plan: most money from programs that fit, then most funding, then fewest
 * programs, then least money from subsidiary programs; undefined when the pinned programs cannot all
 * be placed.
 */
export function optimize(problem: PlanProblem): Solution | undefined {
  let best: Solution | undefined;
  for (const set of withoutConflicts(problem)) {
    if (!problem.pinned.every((id) => set.some((c) => c.id === id))) continue;
    const s = optimizeSet(problem, [...set].sort((x, y) => x.id.localeCompare(y.id)));
    if (s && (!best || better(s.score, best.score))) best = s;
  }
  return best;
}
