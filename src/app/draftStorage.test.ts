import { describe, expect, it } from 'vitest';
import { loadRules } from '../cli/nodeRules';
import { clearDraft, loadDraft, saveDraft } from './draftStorage';

const catalogue = loadRules().catalogue!;

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
  it('round-trips answers and place', () => {
    const s = memoryStorage();
    saveDraft({ answers: { antragsteller: 'verein', phasen: ['beteiligung'] }, step: 'rahmen' }, s);
    expect(loadDraft(catalogue, s)).toEqual({ draft: { answers: { antragsteller: 'verein', phasen: ['beteiligung'] }, step: 'rahmen' }, corrupt: false });
    clearDraft(s);
    expect(loadDraft(catalogue, s)).toEqual({ corrupt: false });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', '{"version":99,"answers":{}}'],
    ['answers that are not an object', '{"version":1,"answers":"x"}'],
    ['null', 'null'],
  ])('ignores a stored value that is %s, and says so', (_what, text) => {
    const s = memoryStorage();
    s.setItem('foerderbaukasten:entwurf', text);
    expect(loadDraft(catalogue, s)).toEqual({ corrupt: true });
  });

  it('keeps the valid answers of a tampered draft and reports it', () => {
    const s = memoryStorage();
    s.setItem('foerderbaukasten:entwurf', JSON.stringify({ version: 1, answers: { antragsteller: 'verein', ags: 42 }, step: 'nirgends' }));
    expect(loadDraft(catalogue, s)).toEqual({ draft: { answers: { antragsteller: 'verein' }, step: 'start' }, corrupt: true });
  });

  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    expect(loadDraft(catalogue, broken)).toEqual({ corrupt: false });
    expect(saveDraft({ answers: {}, step: 'start' }, broken)).toBe(false);
  });
});
