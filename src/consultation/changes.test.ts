import { describe, expect, it } from 'vitest';
import { whatChanged } from './changes';
import { snapshotOf, type Consultation } from './consultation';
import { AS_OF, TYPICAL_ANSWERS, fullConsultation, testCatalogue, testEvaluation } from './testing';

const catalogue = testCatalogue();

describe('what changed since the consultation was saved', () => {
  const saved = fullConsultation();

  it('nothing, when nothing changed', () => {
    expect(whatChanged(saved, testEvaluation(saved.answers, AS_OF), catalogue)).toEqual([]);
  });

  it('nothing to say without a snapshot (a link, an old file)', () => {
    expect(whatChanged({ ...saved, snapshot: undefined, catalogue: { version: 'older', stand: '' } }, testEvaluation({}, '2030-01-01'), catalogue)).toEqual([]);
  });

  it('deadlines that moved with the date', () => {
    const changes = whatChanged(saved, testEvaluation(saved.answers, '2027-05-15'), catalogue);
    expect(changes).toContainEqual({ kind: 'changed', programId: 'praeventionsnetzwerke-kinderarmut', deadline: ['next_deadline:2027-04-30', 'next_deadline:2028-04-30'] });
  });

  it('status and amount when the programs (or the answers) changed', () => {
    // As if the catalogue had changed: the saved snapshot was made for a Verein.
    const before = snapshotOf(testEvaluation({ ...TYPICAL_ANSWERS, antragsteller: 'verein', kosten_personal: 10000 }));
    const old: Consultation = { ...saved, catalogue: { version: 'older', stand: '2026-01-01' }, snapshot: before };
    const changes = whatChanged(old, testEvaluation(saved.answers), catalogue);
    const qi = changes.find((c) => c.programId === 'quartiersimpulse');
    expect(qi).toMatchObject({ kind: 'changed' });
    expect(qi && qi.kind === 'changed' && qi.amount?.[1]).toEqual([20000, 75000]);
    expect(changes.some((c) => c.kind === 'changed' && c.status !== undefined)).toBe(true);
  });

  it('programs that are new, and programs that are gone', () => {
    const rest = Object.fromEntries(Object.entries(saved.snapshot!).filter(([id]) => id !== 'quartiersimpulse'));
    const old: Consultation = { ...saved, snapshot: { ...rest, 'alte-foerderung': { status: 'eligible', min: 1000, max: 5000, deadline: 'continuous' } } };
    expect(whatChanged(old, testEvaluation(saved.answers), catalogue)).toEqual([
      { kind: 'new', programId: 'quartiersimpulse', now: { status: 'eligible', min: 20000, max: 75000, deadline: 'passed:2026-08-14:unknown' } },
      { kind: 'gone', programId: 'alte-foerderung', before: { status: 'eligible', min: 1000, max: 5000, deadline: 'continuous' } },
    ]);
  });

  it('a different amount range is a change', () => {
    const snapshot = { ...saved.snapshot!, 'kfw-432': { ...saved.snapshot!['kfw-432']!, min: 1, max: 2 } };
    expect(whatChanged({ ...saved, snapshot }, testEvaluation(saved.answers), catalogue)).toEqual([{ kind: 'changed', programId: 'kfw-432', amount: [[1, 2], [56250, 56250]] }]);
  });
});
