import { describe, expect, it } from 'vitest';
import type { AmountResult } from '../engine';
import { amountNoteText, amountRange, amountSortValue, quotaText } from './amountText';
import { testT } from './testing';

const { de, en } = testT();
const plain = (s: string | undefined) => s?.replace(/\u00a0|\u202f/g, ' ');
const money = (min: number | null, max: number | null, extra: Partial<Extract<AmountResult, { kind: 'money' }>> = {}): AmountResult => ({
  kind: 'money',
  min,
  max,
  eligibleCost: 70000,
  quota: null,
  notes: [],
  uncertain: false,
  loan: false,
  ...extra,
});

describe('amountRange', () => {
  it('gives a range, an upper limit, a single amount or says it is open', () => {
    expect(plain(amountRange(money(20000, 85000), 'de', de))).toBe('20.000 € bis 85.000 €');
    expect(amountRange(money(20000, 85000), 'en', en)).toBe('€20,000 to €85,000');
    expect(plain(amountRange(money(0, 4000), 'de', de))).toBe('bis 4.000 €');
    expect(plain(amountRange(money(null, 20000), 'de', de))).toBe('bis 20.000 €');
    expect(plain(amountRange(money(3000, 3000), 'de', de))).toBe('3.000 €');
    expect(plain(amountRange(money(5000, null), 'de', de))).toBe('ab 5.000 €');
    expect(amountRange(money(null, null), 'de', de)).toBe('Betrag offen');
    expect(amountRange(money(0, null), 'en', en)).toBe('Amount open');
    expect(plain(amountRange(money(0, 0), 'de', de))).toBe('0 €');
  });

  it('says a loan is a loan, and sorts it after every grant', () => {
    expect(plain(amountRange(money(0, 1200000, { loan: true }), 'de', de))).toBe('Darlehen bis 1.200.000 € (muss zurückgezahlt werden)');
    expect(amountRange(money(0, 1200000, { loan: true }), 'en', en)).toBe('Loan up to €1,200,000 (to be repaid)');
    expect(amountSortValue(money(0, 1200000, { loan: true }))).toBeLessThan(amountSortValue(money(0, 2000)));
  });

  it('says when an offer pays no money', () => {
    expect(amountRange({ kind: 'none' }, 'de', de)).toMatch(/Kein Geldbetrag/);
  });
});

describe('quotaText', () => {
  it('gives the rate or a range of rates, nothing when unknown', () => {
    expect(plain(quotaText(money(1, 2, { quota: { min: 0.6, max: 0.6 } }), 'de', de))).toBe('60 %');
    expect(quotaText(money(1, 2, { quota: { min: 0.4, max: 1 } }), 'en', en)).toBe('40% to 100%');
    expect(quotaText(money(1, 2), 'de', de)).toBeUndefined();
    expect(quotaText({ kind: 'none' }, 'de', de)).toBeUndefined();
  });
});

describe('amountNoteText', () => {
  it('explains every note in words, in both languages', () => {
    const notes = ['cost_unknown', 'quota_unknown', 'max_unknown', 'min_unknown', 'applicant_unknown', 'tier_open', 'below_minimum', 'no_tier', 'units_unknown'] as const;
    for (const n of notes) {
      expect(amountNoteText(n, de)).not.toMatch(/results\./);
      expect(amountNoteText(n, en)).not.toBe(amountNoteText(n, de));
    }
    expect(amountNoteText('below_minimum', de)).toMatch(/Mindestförderung/);
  });
});

describe('amountSortValue', () => {
  it('orders by the highest possible amount; unknown and advice last', () => {
    const values = [money(0, 4000), { kind: 'none' } as const, money(null, null), money(5000, null), money(20000, 85000)].map(amountSortValue);
    expect(values).toEqual([4000, -2, -1, 5000, 85000]);
  });
});
