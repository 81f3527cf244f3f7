import { describe, expect, it } from 'vitest';
import { hashFor, placeFromHash } from './useHistorySync';

describe('the place in the address', () => {
  it('round-trips every screen', () => {
    expect(hashFor('rahmen', undefined, undefined)).toBe('#/rahmen');
    expect(hashFor('ergebnis', 'liste', undefined)).toBe('#/ergebnis');
    expect(hashFor('ergebnis', 'programm', 'elr')).toBe('#/ergebnis/programm/elr');
    expect(placeFromHash('#/ergebnis/programm/elr')).toEqual({ step: 'ergebnis', view: 'programm', programId: 'elr' });
    expect(placeFromHash('#/rahmen')).toEqual({ step: 'rahmen' });
    expect(hashFor('ergebnis', 'plan', undefined)).toBe('#/ergebnis/plan');
    expect(placeFromHash('#/ergebnis/plan')).toEqual({ step: 'ergebnis', view: 'plan' });
  });

  it('ignores a hash that names no screen', () => {
    expect(placeFromHash('#/irgendwo')).toBeUndefined();
    expect(placeFromHash('')).toBeUndefined();
  });
});
