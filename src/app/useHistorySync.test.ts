import { describe, expect, it } from 'vitest';
import { hashFor, isShareLink, placeFromHash } from './useHistorySync';

describe('the place in the address', () => {
  it('round-trips every screen', () => {
    expect(hashFor('rahmen', undefined, undefined)).toBe('#/rahmen');
    expect(hashFor('ergebnis', 'liste', undefined)).toBe('#/ergebnis');
    expect(hashFor('ergebnis', 'programm', 'elr')).toBe('#/ergebnis/programm/elr');
    expect(placeFromHash('#/ergebnis/programm/elr')).toEqual({ step: 'ergebnis', view: 'programm', programId: 'elr' });
    expect(placeFromHash('#/rahmen')).toEqual({ step: 'rahmen' });
    expect(hashFor('ergebnis', 'plan', undefined)).toBe('#/ergebnis/plan');
    expect(placeFromHash('#/ergebnis/plan')).toEqual({ step: 'ergebnis', view: 'plan' });
    expect(hashFor('ergebnis', 'vergleich', undefined)).toBe('#/ergebnis/vergleich');
    expect(placeFromHash('#/ergebnis/vergleich')).toEqual({ step: 'ergebnis', view: 'vergleich' });
  });

  it('ignores a hash that names no screen', () => {
    expect(placeFromHash('#/irgendwo')).toBeUndefined();
    expect(placeFromHash('')).toBeUndefined();
    // A share link is not a place: the app opens it and then shows the place instead.
    expect(placeFromHash('#c=2.N4Ig')).toBeUndefined();
    expect([isShareLink('#c=2.N4Ig'), isShareLink('#lang=en&c=2.x'), isShareLink('#/ergebnis'), isShareLink('#/ergebnis/programm/c=x')]).toEqual([true, true, false, false]);
  });
});
