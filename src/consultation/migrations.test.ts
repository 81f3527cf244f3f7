import { describe, expect, it } from 'vitest';
import { saveDraft } from '../app/draftStorage';
import { validateConsultation } from './consultation';
import { fromFile } from './consultationFile';
import { migrate } from './migrations';
import { NOW, fullConsultation, testCatalogue } from './testing';

const catalogue = testCatalogue();

describe('the local-storage draft (version 1, no format field)', () => {
  it('becomes a version-2 consultation; the wizard step is left behind', () => {
    const draft = { version: 1, savedAt: '2026-03-02T08:15:00.000Z', answers: { antragsteller: 'verein', phasen: ['beteiligung'] }, step: 'rahmen' };
    expect(migrate(draft, NOW)).toEqual({
      ok: true,
      from: 'draft-1',
      value: {
        format: 'foerderbaukasten-beratung',
        version: 2,
        savedAt: '2026-03-02T08:15:00.000Z',
        asOf: '2026-03-02',
        catalogue: { version: '', stand: '' },
        answers: { antragsteller: 'verein', phasen: ['beteiligung'] },
        pinned: [],
        excluded: [],
        notes: { general: '', programs: {} },
      },
    });
  });

  it('takes the time of migration when the draft has no (readable) savedAt', () => {
    for (const savedAt of [undefined, 'gestern', 17]) {
      const r = migrate({ version: 1, savedAt, answers: {}, step: 'start' }, NOW);
      expect(r.ok && r.value).toMatchObject({ savedAt: NOW.toISOString(), asOf: '2026-11-21' });
    }
  });

  it('reads what the app really stores, with answers checked', () => {
    const store = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => void store.set(k, v) } as unknown as Storage;
    saveDraft({ answers: { antragsteller: 'gemeinde', ags: '08116036' }, step: 'vorhaben' }, storage);
    const text = store.get('foerderbaukasten:entwurf')!;
    const r = validateConsultation(text, catalogue, NOW);
    expect(r.ok && r.consultation.answers).toEqual({ antragsteller: 'gemeinde', ags: '08116036' });
    expect(r.ok && r.consultation.catalogue).toEqual({ version: '', stand: '' });
    // A tampered draft: the bad answer is named, the good one kept.
    const tampered = validateConsultation({ version: 1, answers: { antragsteller: 'gemeinde', ags: 42 }, step: 'x' }, catalogue, NOW);
    expect(tampered).toMatchObject({ ok: true, dropped: ['ags'], consultation: { answers: { antragsteller: 'gemeinde' } } });
  });

  it('is not taken for one without answers, or of another version', () => {
    expect(migrate({ version: 1, step: 'start' }, NOW)).toEqual({ ok: false, error: 'not_a_consultation' });
    expect(migrate({ version: 99, answers: {} }, NOW)).toEqual({ ok: false, error: 'not_a_consultation' });
    expect(validateConsultation({ version: 1, answers: 'x' }, catalogue, NOW)).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('the first file format (version 1: answers and one note)', () => {
  const v1 = { format: 'foerderbaukasten-beratung', version: 1, answers: { antragsteller: 'verein', gemeinnuetzig: true }, notes: 'Termin mit dem Vorstand am 3.5.' };

  it('moves the note to notes.general', () => {
    const r = migrate(v1, NOW);
    expect(r).toMatchObject({ ok: true, from: 'file-1', value: { version: 2, notes: { general: 'Termin mit dem Vorstand am 3.5.', programs: {} }, pinned: [], excluded: [] } });
    const file = fromFile(JSON.stringify(v1), catalogue, NOW);
    expect(file).toMatchObject({ ok: true, dropped: [], consultation: { answers: v1.answers, notes: { general: v1.notes } } });
  });

  it('works without a note, and rejects a note that is not text', () => {
    expect(fromFile(JSON.stringify({ ...v1, notes: undefined }), catalogue, NOW)).toMatchObject({ ok: true, consultation: { notes: { general: '', programs: {} } } });
    expect(fromFile(JSON.stringify({ ...v1, notes: { general: 'x' } }), catalogue, NOW)).toMatchObject({ ok: false, error: 'invalid' });
    expect(fromFile(JSON.stringify({ ...v1, notes: 'x'.repeat(20_001) }), catalogue, NOW)).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('the current and future versions', () => {
  it('leaves version 2 as it is', () => {
    const c = fullConsultation();
    const r = migrate(c, NOW);
    expect(r).toEqual({ ok: true, from: 'file-2', value: c });
  });

  it.each([3, 17, 2 ** 40])('says version %s is not supported (a file from a newer app)', (version) => {
    expect(migrate({ ...fullConsultation(), version }, NOW)).toMatchObject({ ok: false, error: 'unsupported_version' });
  });

  it.each([0, -1, 1.5, '2', null, Number.MAX_VALUE])('rejects version %s as invalid', (version) => {
    expect(migrate({ ...fullConsultation(), version }, NOW)).toEqual({ ok: false, error: 'invalid', detail: 'version' });
  });

  it.each([null, 'text', 7, [], { answers: {} }, { format: 'anderes-format', version: 2 }])('rejects %j as not a consultation', (raw) => {
    expect(migrate(raw, NOW)).toEqual({ ok: false, error: 'not_a_consultation' });
  });
});
