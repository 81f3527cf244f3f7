import type { Expr, Program, Truth } from './types';

/**
 * Where a program's application window stands as of a date:
 * - `closed`: no new entry (`since`: the end date, once it has passed);
 * - `open_until`: a window is open now and closes on `date`;
 * - `next_deadline`: the next known deadline is `date` (window not yet open, or opening unknown);
 * - `continuous`: applications are taken at any time;
 * - `passed`: every known deadline has passed; `nextRound` says whether a new one is announced;
 * - `unknown`: no source states a deadline.
 */
export type DeadlineState =
  | { readonly state: 'closed'; readonly since: string | null }
  | { readonly state: 'open_until'; readonly date: string; readonly opens: string | null; readonly label: Label }
  | { readonly state: 'next_deadline'; readonly date: string; readonly opens: string | null; readonly label: Label }
  | { readonly state: 'continuous' }
  | { readonly state: 'passed'; readonly last: string; readonly nextRound: 'announced' | 'not_announced' | 'unknown'; readonly rhythm: Label | null }
  | { readonly state: 'unknown'; readonly rhythm: Label | null };
type Label = { readonly de: string; readonly en: string };

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether the program has ended (or not yet begun) as of the date. */
export function validityAt(program: Program, asOf: string): 'current' | 'ended' | 'not_yet' {
  if (program.closed || (program.valid?.to !== undefined && program.valid.to < asOf)) return 'ended';
  if (program.valid?.from !== undefined && program.valid.from > asOf) return 'not_yet';
  return 'current';
}

interface Candidate {
  date: string;
  opens: string | null;
  label: Label;
}

/** Judges a deadline's `when` for the answers; without answers every deadline counts. */
export type DeadlineJudge = (when: Expr) => Truth;
const holds = (judge: DeadlineJudge | undefined, when: Expr | undefined) => !when || !judge || judge(when) !== 'failed';

/** The next occurrence on or after `asOf` of each recurring deadline ("Anträge bis 30.09."). */
function recurringCandidates(program: Program, asOf: string, judge?: DeadlineJudge): Candidate[] {
  const year = Number(asOf.slice(0, 4));
  return (program.deadlines.recurring ?? []).filter((r) => holds(judge, r.when)).map((r) => {
    // "bis 29.02." means the last day of February in a common year.
    const at = (y: number) => `${y}-${pad(r.month)}-${pad(Math.min(r.day, daysIn(y, r.month)))}`;
    const y = at(year) >= asOf ? year : year + 1;
    let opens: string | null = null;
    if (r.opens) {
      const on = (year: number) => `${year}-${pad(r.opens!.month)}-${pad(Math.min(r.opens!.day, daysIn(year, r.opens!.month)))}`;
      opens = on(y) <= at(y) ? on(y) : on(y - 1);
    }
    return { date: at(y), opens, label: r.label };
  });
}

/**
 * The deadline state of a program as of a date (YYYY-MM-DD). With `judge`, deadlines that hold
 * only for others (first vs repeat applications) are left out.
 */
export function deadlineAt(program: Program, asOf: string, judge?: DeadlineJudge): DeadlineState {
  if (validityAt(program, asOf) === 'ended') {
    // `since` only for an end that has passed; a program closed to new entry may run on (to 2028).
    const to = program.valid?.to;
    return { state: 'closed', since: to !== undefined && to < asOf ? to : null };
  }
  const dated: Candidate[] = (program.deadlines.dates ?? [])
    .filter((d) => holds(judge, d.when))
    .map((d) => ({ date: d.date, opens: d.opens ?? null, label: d.label }));
  const future = [...dated, ...recurringCandidates(program, asOf, judge)]
    .filter((c) => c.date >= asOf)
    .sort((a, b) => a.date.localeCompare(b.date));
  const next = future[0];
  if (next) {
    const open = next.opens !== null && next.opens <= asOf;
    return { state: open ? 'open_until' : 'next_deadline', date: next.date, opens: next.opens, label: next.label };
  }
  if (program.deadlines.continuous) return { state: 'continuous' };
  const last = dated.map((d) => d.date).sort().at(-1);
  const rhythm = program.deadlines.rhythm ?? null;
  if (last) return { state: 'passed', last, nextRound: program.deadlines.next_round ?? 'unknown', rhythm };
  return { state: 'unknown', rhythm };
}
