import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatShare, langOf } from './format';

const plain = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('format', () => {
  it('picks the language from an i18next tag', () => {
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('de')).toBe('de');
    expect(langOf(undefined)).toBe('de');
  });

  it('shows dates as German dates and as "14 Aug 2026", whatever the time zone', () => {
    expect(formatDate('2026-08-14', 'de')).toBe('14.08.2026');
    expect(formatDate('2026-08-14', 'en')).toBe('14 Aug 2026');
    expect(formatDate('2027-01-01', 'de')).toBe('01.01.2027');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('o. D.', 'de')).toBe('o. D.');
    expect(formatDate('2026-13-45', 'en')).toBe('2026-13-45');
  });

  it('shows whole euros', () => {
    expect(plain(formatMoney(20000, 'de'))).toBe('20.000 €');
    expect(formatMoney(20000, 'en')).toBe('€20,000');
    expect(plain(formatMoney(33333.9, 'de'))).toBe('33.333 €');
    expect(plain(formatMoney(0, 'de'))).toBe('0 €');
  });

  it('shows numbers and shares', () => {
    expect(formatNumber(80000, 'de')).toBe('80.000');
    expect(formatNumber(80000, 'en')).toBe('80,000');
    expect(plain(formatShare(0.6, 'de'))).toBe('60 %');
    expect(formatShare(0.555, 'en')).toBe('55.5%');
  });
});
