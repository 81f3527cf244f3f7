import { describe, expect, it } from 'vitest';
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { prefillFromQuery } from './prefill';

const catalogue = uiCatalogue();

describe('URL prefill', () => {
  it('takes any fact of the vocabulary, typed like an answer', () => {
    const r = prefillFromQuery(catalogue, '?antragsteller=gemeinde&ags=08116036&phasen=beteiligung,umsetzung&gemeinderatsbeschluss=ja&kosten_sach=5000&lang=en');
    expect(r.answers).toEqual({
      antragsteller: 'gemeinde',
      ags: '08116036',
      phasen: ['beteiligung', 'umsetzung'],
      gemeinderatsbeschluss: true,
      kosten_sach: 5000,
    });
    expect(r.ignored).toEqual([]);
  });

  it('ignores invalid values and unknown names, and names them for the notice', () => {
    const r = prefillFromQuery(catalogue, '?antragsteller=konzern&ags=123&farbe=blau&buergerbeteiligung=vielleicht&zielgruppen=aeltere');
    expect(r.answers).toEqual({ zielgruppen: ['aeltere'] });
    expect(r.ignored.sort()).toEqual(['ags', 'antragsteller', 'buergerbeteiligung', 'farbe']);
  });
});
