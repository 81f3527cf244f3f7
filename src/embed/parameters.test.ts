import { describe, expect, it } from 'vitest';
import { prefillFromQuery } from '../app/prefill';
import { fixtureCatalogue } from '../engine/testing/catalogueFixture';
import { CONTROL_PARAMETERS } from './parameters';

const catalogue = fixtureCatalogue();

describe('the URL parameters of the embedding contract', () => {
  it('are never read as answers, so a themed embed raises no notice', () => {
    const search = '?primary=0b5394&font=Arial&lang=en&programs=gut-beraten&levels=land,bund&parent=https://www.quartier2030-bw.de';
    expect(prefillFromQuery(catalogue, search)).toEqual({ answers: {}, ignored: [] });
  });

  it('are exactly the documented ones: any other name is an answer and checked like one', () => {
    expect(Object.keys(CONTROL_PARAMETERS).sort()).toEqual(['font', 'lang', 'levels', 'parent', 'primary', 'programs']);
    const r = prefillFromQuery(catalogue, '?theme=dark&antragsteller=gemeinde');
    expect(r.answers).toEqual({ antragsteller: 'gemeinde' });
    expect(r.ignored).toEqual(['theme']);
  });
});
