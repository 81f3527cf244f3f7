import type { Answers, Catalogue } from './types';

/** What is known of a number not yet known exactly: lo ≤ value ≤ hi. */
export interface Bounds {
  readonly lo: number;
  readonly hi: number;
}

const sums = new WeakMap<Catalogue, Map<string, readonly string[]>>();

/** Money facts derived as the sum of other money facts (`kosten_gesamt` from the four cost types). */
function summands(catalogue: Catalogue): Map<string, readonly string[]> {
  let m = sums.get(catalogue);
  if (!m) {
    m = new Map();
    const money = new Set(catalogue.facts.filter((f) => f.type === 'money').map((f) => f.id));
    for (const f of catalogue.facts) {
      if (f.type === 'money' && f.derived_from?.every((d) => money.has(d))) m.set(f.id, f.derived_from);
    }
    sums.set(catalogue, m);
  }
  return m;
}

/**
 * Bounds of an unanswered fact from the answers it is derived from: a sum of amounts ≥ 0 is at
 * least the sum of those given, whatever the others will be. `undefined`: nothing is known.
 */
export function boundsOf(fact: string, answers: Answers, catalogue: Catalogue): Bounds | undefined {
  const parts = summands(catalogue).get(fact);
  if (!parts) return undefined;
  let lo = 0;
  let open = false;
  for (const p of parts) {
    const v = answers[p];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) lo += v;
    else open = true;
  }
  return { lo, hi: open ? Infinity : lo };
}
