import { describe, expect, it } from 'vitest';
import { emptyConsultation } from '../consultation/consultation';
import { fullConsultation, NOW } from '../consultation/testing';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { clearDraft, loadDraft, saveDraft } from './draftStorage';

const catalogue = uiCatalogue();
const KEY = 'foerderbaukasten:entwurf';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

describe('the draft in local storage', () => {
  it('is a consultation (format 2) and round-trips with the place and the variant', () => {
    const s = memoryStorage();
    const consultation = fullConsultation();
    const variant = { label: 'Gemeinde allein', consultation: { ...emptyConsultation(catalogue, '2026-11-21', NOW), answers: { antragsteller: 'gemeinde' } } };
    const place = { step: 'ergebnis' as const, view: 'programm', programId: 'quartiersimpulse' };
    expect(saveDraft({ consultation, place, variant }, s)).toBe(true);
    expect(JSON.parse(s.getItem(KEY)!)).toMatchObject({ format: 'foerderbaukasten-beratung', version: 2, notes: consultation.notes, place });
    expect(loadDraft(catalogue, s)).toEqual({ draft: { consultation, place, variant }, corrupt: false });
    clearDraft(s);
    expect(loadDraft(catalogue, s)).toEqual({ corrupt: false });
  });

  it('still opens a version-1 draft (answers and step)', () => {
    const s = memoryStorage();
    s.setItem(KEY, JSON.stringify({ version: 1, savedAt: '2026-03-02T08:15:00.000Z', answers: { antragsteller: 'verein', phasen: ['beteiligung'] }, step: 'rahmen' }));
    const { draft, corrupt } = loadDraft(catalogue, s);
    expect(corrupt).toBe(false);
    expect(draft?.place).toEqual({ step: 'rahmen' });
    expect(draft?.consultation).toMatchObject({ answers: { antragsteller: 'verein', phasen: ['beteiligung'] }, asOf: '2026-03-02', pinned: [], notes: { general: '' } });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', '{"version":99,"answers":{}}'],
    ['answers that are not an object', '{"version":1,"answers":"x"}'],
    ['null', 'null'],
    ['a consultation from a newer app', JSON.stringify({ ...fullConsultation(), version: 3 })],
    ['a consultation with a broken note', JSON.stringify({ ...fullConsultation(), notes: { general: 42, programs: {} } })],
  ])('ignores a stored value that is %s, and says so', (_what, text) => {
    const s = memoryStorage();
    s.setItem(KEY, text);
    expect(loadDraft(catalogue, s)).toEqual({ corrupt: true });
  });

  it('keeps the valid parts of a tampered draft and reports it', () => {
    const s = memoryStorage();
    s.setItem(KEY, JSON.stringify({ version: 1, answers: { antragsteller: 'verein', ags: 42 }, step: 'nirgends' }));
    const { draft, corrupt } = loadDraft(catalogue, s);
    expect(corrupt).toBe(true);
    expect(draft?.consultation.answers).toEqual({ antragsteller: 'verein' });
    expect(draft?.place).toEqual({ step: 'start' });
    s.setItem(KEY, JSON.stringify({ ...fullConsultation(), place: { step: 'ergebnis' }, variant: { label: '', consultation: 1 } }));
    expect(loadDraft(catalogue, s)).toMatchObject({ draft: { place: { step: 'ergebnis' } }, corrupt: true });
    expect(loadDraft(catalogue, s).draft?.variant).toBeUndefined();
  });

  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    expect(loadDraft(catalogue, broken)).toEqual({ corrupt: false });
    expect(saveDraft({ consultation: fullConsultation(), place: { step: 'start' } }, broken)).toBe(false);
  });
});
