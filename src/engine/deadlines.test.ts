import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineAt, evalExpr, evaluate, validityAt, type DeadlineJudge } from './index';
import { fixtureCatalogue, programOf, singleProgram } from './testing/catalogueFixture';
import type { Expr, Program, Truth } from './types';

const catalogue = fixtureCatalogue();
const kommunal = programOf(catalogue, 'kommunal-impuls');
const verein = programOf(catalogue, 'verein-mikro');
const beendet = programOf(catalogue, 'beendet');

const CRITERIA = `
criteria:
  - id: alle
    text: { de: Alle., en: Everyone. }
    source: richtlinie
    rule: { fact: buergerbeteiligung, is: true }
`;

/** A program with the given extra top-level YAML (deadlines, valid, closed). */
const withDeadlines = (yaml: string): Program => singleProgram('frist', `${CRITERIA}${yaml}`).program;

const label = (de: string) => `{ de: ${de}, en: ${de} }`;

describe('validity', () => {
  it('closed: ended whatever the date', () => {
    const p = withDeadlines(`closed: true\ndeadlines: { continuous: true }`);
    expect(validityAt(p, '2000-01-01')).toBe('ended');
    expect(deadlineAt(p, '2026-06-01')).toEqual({ state: 'closed', since: null });
  });

  it('valid.to passed: ended, closed since that date; on valid.to itself still current', () => {
    expect(validityAt(beendet, '2025-12-31')).toBe('current');
    expect(validityAt(beendet, '2026-01-01')).toBe('ended');
    expect(deadlineAt(beendet, '2026-01-01')).toEqual({ state: 'closed', since: '2025-12-31' });
  });

  it('valid.from in the future: not yet', () => {
    expect(validityAt(beendet, '2019-12-31')).toBe('not_yet');
    expect(validityAt(beendet, '2020-01-01')).toBe('current');
  });

  it('no validity dates: current', () => {
    expect(validityAt(kommunal, '1990-01-01')).toBe('current');
    expect(validityAt(kommunal, '2099-12-31')).toBe('current');
  });
});

describe('dated deadlines', () => {
  it('open_until while opens ≤ asOf ≤ date, inclusive on both days', () => {
    for (const asOf of ['2026-01-14', '2026-02-20', '2026-03-13']) {
      expect(deadlineAt(kommunal, asOf)).toEqual({
        state: 'open_until',
        date: '2026-03-13',
        opens: '2026-01-14',
        label: { de: 'Runde 1/2026', en: 'Round 1/2026' },
      });
    }
  });

  it('next_deadline before the window opens', () => {
    expect(deadlineAt(kommunal, '2026-01-13')).toMatchObject({ state: 'next_deadline', date: '2026-03-13', opens: '2026-01-14' });
    // Between the rounds: the next one is announced, not yet open.
    expect(deadlineAt(kommunal, '2026-03-14')).toMatchObject({ state: 'next_deadline', date: '2026-08-14', opens: '2026-05-04' });
    expect(deadlineAt(kommunal, '2026-05-04')).toMatchObject({ state: 'open_until', date: '2026-08-14' });
  });

  it('next_deadline when no opening date is known', () => {
    const deckel = programOf(catalogue, 'personal-deckel');
    expect(deadlineAt(deckel, '2026-01-01')).toEqual({
      state: 'next_deadline',
      date: '2026-06-30',
      opens: null,
      label: { de: 'Stichtag', en: 'Cut-off date' },
    });
  });

  it('the earliest future date wins, whatever the order in the file', () => {
    const p = withDeadlines(`
deadlines:
  dates:
    - { date: 2026-11-30, label: ${label('Spät')}, source: richtlinie }
    - { date: 2026-04-30, label: ${label('Früh')}, source: richtlinie }
    - { date: 2025-11-30, label: ${label('Vorbei')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-01')).toMatchObject({ state: 'next_deadline', date: '2026-04-30' });
    expect(deadlineAt(p, '2026-05-01')).toMatchObject({ state: 'next_deadline', date: '2026-11-30' });
  });

  it('passed: every date is past; the next round as the program states it', () => {
    expect(deadlineAt(kommunal, '2026-08-15')).toEqual({ state: 'passed', last: '2026-08-14', nextRound: 'not_announced', rhythm: null });
    expect(deadlineAt(beendet, '2025-07-01')).toEqual({ state: 'passed', last: '2025-06-30', nextRound: 'announced', rhythm: null });
  });

  it('passed with no word on a next round: nextRound unknown', () => {
    const p = withDeadlines(`
deadlines:
  dates:
    - { date: 2025-03-01, label: ${label('A')}, source: richtlinie }
    - { date: 2025-09-01, label: ${label('B')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-01')).toEqual({ state: 'passed', last: '2025-09-01', nextRound: 'unknown', rhythm: null });
  });
});

describe('recurring yearly deadlines', () => {
  it('this year while the day is still ahead, open from the opening day', () => {
    expect(deadlineAt(verein, '2026-08-01')).toEqual({
      state: 'open_until',
      date: '2026-09-30',
      opens: '2026-07-01',
      label: { de: 'Jährliche Frist', en: 'Yearly deadline' },
    });
    expect(deadlineAt(verein, '2026-09-30')).toMatchObject({ state: 'open_until', date: '2026-09-30' });
    expect(deadlineAt(verein, '2026-03-01')).toMatchObject({ state: 'next_deadline', date: '2026-09-30', opens: '2026-07-01' });
  });

  it('rolls over to next year once the day has passed', () => {
    expect(deadlineAt(verein, '2026-10-01')).toMatchObject({ state: 'next_deadline', date: '2027-09-30', opens: '2027-07-01' });
    expect(deadlineAt(verein, '2026-12-31')).toMatchObject({ date: '2027-09-30' });
  });

  it('a window that opens in the previous year (opens 1 Nov, deadline 31 Jan)', () => {
    const p = withDeadlines(`
deadlines:
  recurring:
    - { month: 1, day: 31, opens: { month: 11, day: 1 }, label: ${label('Winter')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-12-01')).toMatchObject({ state: 'open_until', date: '2027-01-31', opens: '2026-11-01' });
    expect(deadlineAt(p, '2027-01-10')).toMatchObject({ state: 'open_until', date: '2027-01-31', opens: '2026-11-01' });
    expect(deadlineAt(p, '2026-10-31')).toMatchObject({ state: 'next_deadline', date: '2027-01-31', opens: '2026-11-01' });
  });

  it('recurring and dated deadlines compete; the earliest future one wins', () => {
    const p = withDeadlines(`
deadlines:
  dates:
    - { date: 2026-05-15, label: ${label('Sonderrunde')}, source: richtlinie }
  recurring:
    - { month: 9, day: 30, label: ${label('Jährlich')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-05-01')).toMatchObject({ state: 'next_deadline', date: '2026-05-15' });
    expect(deadlineAt(p, '2026-05-16')).toMatchObject({ state: 'next_deadline', date: '2026-09-30', opens: null });
    // A recurring deadline never passes for good.
    expect(deadlineAt(p, '2030-10-01')).toMatchObject({ state: 'next_deadline', date: '2031-09-30' });
  });

  /**
   * Engine bug (deadlines.ts, recurringCandidates): a yearly deadline on 29 February (which
   * checkProgram accepts: February may have 29 days) is returned as "2027-02-29" in a common
   * year, a date that does not exist. Expected a real calendar date (28 February or 1 March).
   */
  it('a deadline on 29 February gives a real date in a common year', () => {
    const p = withDeadlines(`
deadlines:
  recurring:
    - { month: 2, day: 29, label: ${label('Schalttag')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2028-01-10')).toMatchObject({ date: '2028-02-29' });
    const next = deadlineAt(p, '2026-03-01');
    expect(next.state).toBe('next_deadline');
    const date = next.state === 'next_deadline' ? next.date : '';
    expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
  });
});

describe('continuous and unknown', () => {
  it('continuous: applications at any time', () => {
    expect(deadlineAt(programOf(catalogue, 'kleine-gemeinde'), '2026-06-01')).toEqual({ state: 'continuous' });
  });

  it('continuous after the last date has passed; a future date still comes first', () => {
    const p = withDeadlines(`
deadlines:
  continuous: true
  dates:
    - { date: 2026-04-30, label: ${label('Bevorzugt bis')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-01')).toMatchObject({ state: 'next_deadline', date: '2026-04-30' });
    expect(deadlineAt(p, '2026-05-01')).toEqual({ state: 'continuous' });
  });

  it('unknown: no source states a deadline', () => {
    expect(deadlineAt(programOf(catalogue, 'beratung-alter'), '2026-06-01')).toEqual({ state: 'unknown', rhythm: null });
  });

  it('an ended program is closed even if it had a continuous or future deadline', () => {
    const p = withDeadlines(`
closed: true
deadlines:
  continuous: true
  dates:
    - { date: 2030-01-01, label: ${label('Zukunft')}, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-01')).toEqual({ state: 'closed', since: null });
  });
});

describe('next round and rhythm', () => {
  it('next_round: unknown where the sources say nothing; the rhythm they state is passed on', () => {
    const treffpunkt = programOf(catalogue, 'treffpunkt');
    const rhythm = { de: 'In der Regel eine Runde im Frühjahr.', en: 'Usually one round in spring.' };
    expect(deadlineAt(treffpunkt, '2026-05-01')).toEqual({ state: 'passed', last: '2026-04-30', nextRound: 'unknown', rhythm });
  });

  it('a rhythm without any date: unknown, with the rhythm', () => {
    const p = withDeadlines(`
deadlines:
  rhythm: ${label('Zwei Runden im Jahr')}
`);
    expect(deadlineAt(p, '2026-01-01')).toEqual({ state: 'unknown', rhythm: { de: 'Zwei Runden im Jahr', en: 'Zwei Runden im Jahr' } });
  });
});

describe('deadlines for some applicants only (`when`)', () => {
  const treffpunkt = programOf(catalogue, 'treffpunkt');
  /** Judges `when` for the given answers, as evaluate does. */
  const judgeFor =
    (answers: Record<string, unknown>): DeadlineJudge =>
    (when) =>
      evalExpr(when, answers as never, catalogue);
  const first = { date: '2026-04-30', opens: '2026-01-15', label: { de: 'Erstanträge', en: 'First applications' } };
  const repeat = { date: '2026-03-31', opens: null, label: { de: 'Folgeanträge', en: 'Repeat applications' } };

  it('without a judge every deadline counts: the earliest one', () => {
    expect(deadlineAt(treffpunkt, '2026-02-01')).toEqual({ state: 'next_deadline', ...repeat });
  });

  it('a first application gets the first-application deadline, a repeat one the other', () => {
    expect(deadlineAt(treffpunkt, '2026-02-01', judgeFor({ folgeantrag: false }))).toEqual({ state: 'open_until', ...first });
    expect(deadlineAt(treffpunkt, '2026-02-01', judgeFor({ folgeantrag: true }))).toEqual({ state: 'next_deadline', ...repeat });
  });

  it('while it is open which applies, both count (an unknown `when` never drops a deadline)', () => {
    expect(deadlineAt(treffpunkt, '2026-02-01', judgeFor({}))).toEqual(deadlineAt(treffpunkt, '2026-02-01'));
  });

  it('passed for the repeat applicant once its own deadline is over, although the other one is still ahead', () => {
    expect(deadlineAt(treffpunkt, '2026-04-01', judgeFor({ folgeantrag: true }))).toEqual({
      state: 'passed',
      last: '2026-03-31',
      nextRound: 'unknown',
      rhythm: { de: 'In der Regel eine Runde im Frühjahr.', en: 'Usually one round in spring.' },
    });
    expect(deadlineAt(treffpunkt, '2026-04-01', judgeFor({ folgeantrag: false }))).toMatchObject({ state: 'open_until', date: '2026-04-30' });
  });

  it('evaluate judges `when` with the answers', () => {
    const at = (answers: Record<string, unknown>) =>
      evaluate(catalogue, answers as never, { asOf: '2026-02-01' }).programs.find((p) => p.id === 'treffpunkt')!.deadline;
    expect(at({ folgeantrag: false })).toMatchObject({ state: 'open_until', date: '2026-04-30' });
    expect(at({ folgeantrag: true })).toMatchObject({ state: 'next_deadline', date: '2026-03-31' });
    expect(at({})).toMatchObject({ state: 'next_deadline', date: '2026-03-31' });
    // Programs without `when` are judged as before, whatever the answers.
    const kommunalAt = (answers: Record<string, unknown>) =>
      evaluate(catalogue, answers as never, { asOf: '2026-02-01' }).programs.find((p) => p.id === 'kommunal-impuls')!.deadline;
    expect(kommunalAt({ folgeantrag: true })).toEqual(deadlineAt(kommunal, '2026-02-01'));
  });

  it('recurring deadlines with `when` too', () => {
    const p = withDeadlines(`
deadlines:
  recurring:
    - { month: 3, day: 31, label: ${label('Erstanträge')}, when: { fact: folgeantrag, is: false }, source: richtlinie }
    - { month: 10, day: 15, label: ${label('Folgeanträge')}, when: { fact: folgeantrag, is: true }, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-10', judgeFor({ folgeantrag: false }))).toMatchObject({ date: '2026-03-31' });
    expect(deadlineAt(p, '2026-01-10', judgeFor({ folgeantrag: true }))).toMatchObject({ date: '2026-10-15' });
    expect(deadlineAt(p, '2026-01-10')).toMatchObject({ date: '2026-03-31' });
  });

  it('a deadline whose `when` fails for everybody leaves nothing to show: unknown', () => {
    const p = withDeadlines(`
deadlines:
  dates:
    - { date: 2026-06-30, label: ${label('Nur Vereine')}, when: { fact: antragsteller, equals: verein }, source: richtlinie }
`);
    expect(deadlineAt(p, '2026-01-01', judgeFor({ antragsteller: 'gemeinde' }))).toEqual({ state: 'unknown', rhythm: null });
  });

  /**
   * The deadline for an applicant is the deadline of the program with only the entries that
   * hold for them: entries whose `when` fails are left out, the others (met or open) kept.
   */
  it('property: judging `when` equals leaving out the entries whose `when` fails', () => {
    const truths: readonly Truth[] = ['met', 'failed', 'unknown'];
    const entry = fc.record({
      date: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      when: fc.option(fc.constantFrom(...truths), { nil: undefined }),
    });
    const recurring = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), when: fc.option(fc.constantFrom(...truths), { nil: undefined }) });
    // Each `when` names the truth it stands for, so the judge is a plain lookup.
    const expr = (t: Truth): Expr => ({ kind: 'fact', fact: t, op: 'is', value: true });
    const judge: DeadlineJudge = (e) => (e.kind === 'fact' ? (e.fact as Truth) : 'unknown');
    const lbl = { de: 'Frist', en: 'Deadline' };
    const src = { ref: 'richtlinie' };
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 5 }),
        fc.array(recurring, { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('announced', 'not_announced', 'unknown', undefined),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        (dates, rec, continuous, nextRound, asOf) => {
          const base = programOf(catalogue, 'kommunal-impuls');
          const make = (keep: (w: Truth | undefined) => boolean): Program => ({
            ...base,
            deadlines: {
              continuous,
              ...(nextRound ? { next_round: nextRound } : {}),
              dates: dates.filter((d) => keep(d.when)).map((d) => ({ date: d.date, label: lbl, source: src, ...(d.when ? { when: expr(d.when) } : {}) })),
              recurring: rec.filter((r) => keep(r.when)).map((r) => ({ month: r.month, day: r.day, label: lbl, source: src, ...(r.when ? { when: expr(r.when) } : {}) })),
            },
          });
          const judged = deadlineAt(make(() => true), asOf, judge);
          const filtered = deadlineAt(make((w) => w !== 'failed'), asOf);
          expect(judged).toEqual(filtered);
          // Without a judge nothing is left out.
          expect(deadlineAt(make(() => true), asOf)).toEqual(deadlineAt(make(() => true), asOf, () => 'met'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
