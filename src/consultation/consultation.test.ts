import { describe, expect, it } from 'vitest';
import { parseAnswers, planFinancing } from '../engine';
import { ConsultationSchema, LIMITS, deadlineKey, emptyConsultation, snapshotOf, validateConsultation, type Consultation } from './consultation';
import { AS_OF, NOW, TYPICAL_ANSWERS, fullConsultation, testCatalogue, testEvaluation } from './testing';

const catalogue = testCatalogue();
const validate = (raw: unknown) => validateConsultation(raw, catalogue, NOW);
const withChange = (change: (c: Record<string, unknown>) => void) => {
  const c = JSON.parse(JSON.stringify(fullConsultation())) as Record<string, unknown>;
  change(c);
  return c;
};

describe('the consultation model', () => {
  it('starts empty, with the catalogue it was made with', () => {
    const c = emptyConsultation(catalogue, AS_OF, NOW);
    expect(c).toEqual({
      format: 'foerderbaukasten-beratung',
      version: 2,
      savedAt: '2026-11-21T10:00:00.000Z',
      asOf: AS_OF,
      catalogue: { version: catalogue.version, stand: catalogue.stand },
      answers: {},
      pinned: [],
      excluded: [],
      notes: { general: '', programs: {} },
    });
    expect(ConsultationSchema.safeParse(c).success).toBe(true);
    expect(validate(c)).toEqual({ ok: true, consultation: c, dropped: [] });
  });

  it('keeps a full consultation as it is, and its plan items fit the planner', () => {
    const c = fullConsultation();
    const r = validate(c);
    expect(r).toEqual({ ok: true, consultation: c, dropped: [] });
    if (!r.ok) return;
    const evaluation = testEvaluation(r.consultation.answers, r.consultation.asOf);
    const plan = planFinancing(catalogue, evaluation, { items: r.consultation.planItems, pinned: r.consultation.pinned, excluded: r.consultation.excluded });
    expect(plan.items.map((i) => i.id)).toEqual(['personal', 'sach', 'beratung']);
  });

  it('reads JSON text as well as parsed data', () => {
    const c = fullConsultation();
    expect(validate(JSON.stringify(c))).toEqual({ ok: true, consultation: c, dropped: [] });
    expect(validate('{"format":')).toEqual({ ok: false, error: 'not_json' });
  });

  it('snapshots status, amount range and deadline per program', () => {
    const evaluation = testEvaluation(TYPICAL_ANSWERS);
    const s = snapshotOf(evaluation);
    expect(Object.keys(s)).toEqual(catalogue.programs.map((p) => p.id));
    expect(s['quartiersimpulse']).toEqual({ status: 'eligible', min: 20000, max: 75000, deadline: 'passed:2026-08-14:unknown' });
    // No money (advice as a service): null, not 0.
    expect(s['fachberatung-quartier']).toMatchObject({ status: 'eligible', min: null, max: null, deadline: 'continuous' });
    expect(s['praeventionsnetzwerke-kinderarmut']).toMatchObject({ min: 0, max: 60000, deadline: 'next_deadline:2027-04-30' });
    // Closed to new entry while its period runs (to 2028): no end date yet.
    expect(s['mehrgenerationenhaus']?.deadline).toBe('closed');
    for (const r of evaluation.programs) expect(s[r.id]?.deadline).toBe(deadlineKey(r.deadline));
  });
});

describe('bad answers and unknown programs are dropped and named, the rest kept', () => {
  it('drops invalid answers', () => {
    const raw = withChange((c) => {
      c.answers = { ...TYPICAL_ANSWERS, ags: 42, antragsteller: 'koenig', phasen: ['beteiligung', 'mondfahrt'], unbekannt: 1, kosten_sach: -5, projektbeginn: '2027-02-30' };
    });
    const r = validate(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dropped.sort()).toEqual(['ags', 'antragsteller', 'kosten_sach', 'phasen', 'projektbeginn', 'unbekannt']);
    const rest = Object.fromEntries(Object.entries(TYPICAL_ANSWERS).filter(([id]) => !r.dropped.includes(id)));
    expect(r.consultation.answers).toEqual(rest);
    expect(parseAnswers(catalogue, r.consultation.answers).issues).toEqual([]);
  });

  it('names prototype keys instead of letting them through', () => {
    const text = JSON.stringify(fullConsultation()).replace('"answers":{', '"answers":{"__proto__":{"antragsteller":"verein"},"constructor":"x",');
    const r = validate(text);
    expect(r.ok && r.dropped.sort()).toEqual(['__proto__', 'constructor']);
    expect(r.ok && Object.getPrototypeOf(r.consultation.answers)).toBe(Object.prototype);
    expect(r.ok && r.consultation.answers.antragsteller).toBe('gemeinde');
  });

  it('drops unknown program ids in pins, exclusions and notes; collapses repeats', () => {
    const raw = withChange((c) => {
      c.pinned = ['quartiersimpulse', 'gibt-es-nicht', 'quartiersimpulse'];
      c.excluded = ['constructor', 'elr'];
      c.notes = { general: '', programs: { 'kfw-432': 'ok', 'alt-programm': 'weg', __proto__x: 'y' } };
    });
    const r = validate(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.consultation.pinned).toEqual(['quartiersimpulse']);
    expect(r.consultation.excluded).toEqual(['elr']);
    expect(r.consultation.notes.programs).toEqual({ 'kfw-432': 'ok' });
    expect(r.dropped.sort()).toEqual(['__proto__x', 'alt-programm', 'constructor', 'gibt-es-nicht']);
  });

  it('keeps the snapshot of programs no longer in the catalogue (to say they are gone)', () => {
    const raw = withChange((c) => {
      (c.snapshot as Record<string, unknown>)['alt-programm'] = { status: 'eligible', min: 1, max: 2, deadline: 'continuous' };
    });
    const r = validate(raw);
    expect(r.ok && r.consultation.snapshot?.['alt-programm']).toEqual({ status: 'eligible', min: 1, max: 2, deadline: 'continuous' });
  });

  it('ignores fields it does not know (a newer app may add some within version 2)', () => {
    const r = validate(withChange((c) => (c.zukunft = { x: 1 })));
    expect(r.ok && 'zukunft' in r.consultation).toBe(false);
  });
});

describe('anything else is rejected cleanly', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', [fullConsultation()]],
    ['another format', { ...fullConsultation(), format: 'something-else' }],
    ['no format', { ...fullConsultation(), format: undefined }],
  ])('%s is not a consultation', (_what, raw) => {
    expect(validate(raw)).toEqual({ ok: false, error: 'not_a_consultation' });
  });

  it('says a newer version is not supported', () => {
    expect(validate({ ...fullConsultation(), version: 3 })).toMatchObject({ ok: false, error: 'unsupported_version' });
  });

  const long = (n: number) => 'x'.repeat(n);
  it.each<[string, (c: Record<string, unknown>) => void]>([
    ['a title over 200 characters', (c) => (c.title = long(LIMITS.title + 1))],
    ['a general note over 20,000 characters', (c) => ((c.notes as { general: string }).general = long(LIMITS.note + 1))],
    ['a program note over 20,000 characters', (c) => ((c.notes as { programs: object }).programs = { nis: long(LIMITS.note + 1) })],
    ['notes that are one string', (c) => (c.notes = 'Notiz')],
    ['more than 100 pins', (c) => (c.pinned = Array.from({ length: 101 }, () => 'nis'))],
    ['pins that are not a list', (c) => (c.pinned = 'nis')],
    ['a pin that is a number', (c) => (c.excluded = [1])],
    ['more plan items than the planner can take', (c) => (c.planItems = Array.from({ length: LIMITS.planItems + 1 }, (_, i) => ({ id: `i${i}`, type: 'sach', amount: 1 })))],
    ['two plan items with one id', (c) => (c.planItems = [{ id: 'a', type: 'sach', amount: 1 }, { id: 'a', type: 'personal', amount: 2 }])],
    ['a plan item of an unknown type', (c) => (c.planItems = [{ id: 'a', type: 'gold', amount: 1 }])],
    ['a negative amount', (c) => (c.planItems = [{ id: 'a', type: 'sach', amount: -1 }])],
    ['a fractional amount', (c) => (c.planItems = [{ id: 'a', type: 'sach', amount: 1.5 }])],
    ['a huge amount', (c) => (c.planItems = [{ id: 'a', type: 'sach', amount: 1e300 }])],
    ['an amount as text', (c) => (c.planItems = [{ id: 'a', type: 'sach', amount: '100' }])],
    ['answers that are a list', (c) => (c.answers = ['gemeinde'])],
    ['answers that are text', (c) => (c.answers = 'gemeinde')],
    ['over 200 answer keys', (c) => (c.answers = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, 1])))],
    ['a date that does not exist', (c) => (c.asOf = '2026-02-30')],
    ['a saved time that is not one', (c) => (c.savedAt = 'gestern')],
    ['no catalogue', (c) => delete c.catalogue],
    ['a snapshot with an unknown status', (c) => (c.snapshot = { nis: { status: 'maybe', min: null, max: null, deadline: 'unknown' } })],
    ['a snapshot with over 100 programs', (c) => (c.snapshot = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, { status: 'unknown', min: null, max: null, deadline: 'unknown' }])))],
    ['a version that is text', (c) => (c.version = '2')],
  ])('rejects %s', (_what, change) => {
    const r = validate(withChange(change));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^(invalid|not_a_consultation)$/);
  });

  it('names where it went wrong', () => {
    expect(validate(withChange((c) => (c.title = long(201))))).toEqual({ ok: false, error: 'invalid', detail: 'title: too_big' });
  });

  it('accepts the limits themselves', () => {
    const r = validate(withChange((c) => {
      c.title = long(LIMITS.title);
      c.notes = { general: long(LIMITS.note), programs: { 'kfw-432': long(LIMITS.note) } };
      c.planItems = Array.from({ length: LIMITS.planItems }, (_, i) => ({ id: `i${i}`, type: 'sach', amount: LIMITS.amount }));
    }));
    expect(r.ok).toBe(true);
  });

  it('types its result: a consultation holds answers the engine takes', () => {
    const c: Consultation = fullConsultation();
    expect(testEvaluation(c.answers).programs).toHaveLength(catalogue.programs.length);
  });
});
