import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro } from './money';

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

describe('parseEuro', () => {
  it.each([
    ['1.234,56', 1235],
    ['1234', 1234],
    ['1 234', 1234],
    [`1${NARROW_NBSP}234`, 1234],
    [`1${NBSP}234${NBSP}€`, 1234],
    ['1.234 €', 1234],
    ['1.234€', 1234],
    ['€ 1.234,-', 1234],
    ['1.234,–', 1234],
    ['1234,5', 1235],
    ['1234,49', 1234],
    ['1234,50', 1235],
    ['0,5', 1],
    ['0,49', 0],
    ['0', 0],
    ['007', 7],
    ['12.500', 12500],
    ['1.000.000', 1000000],
    ['1 000 000,99', 1000001],
    ['  2500  ', 2500],
    ['2500 EUR', 2500],
    ['Euro 2500', 2500],
    ['1.000.000.000.000', 1e12],
  ])('reads %j as %d', (text, value) => {
    expect(parseEuro(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', `${NBSP}\t`])('reads the empty field %j as no answer', (text) => {
    expect(parseEuro(text)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-5', 'negative'],
    ['−5', 'negative (minus sign)'],
    ['- 1.234', 'negative with space'],
    ['+5', 'a plus sign'],
    ['12a', 'a letter'],
    ['abc', 'letters only'],
    ['1e5', 'exponent notation'],
    ['€', 'only the currency'],
    ['1,2,3', 'multiple commas'],
    ['1.234,5,6', 'multiple commas with grouping'],
    ['1.23.4', 'misplaced thousands separators'],
    ['1.2345', 'a group of four'],
    ['12.34', 'a decimal point'],
    ['1234.56', 'an English decimal point'],
    ['1,234.56', 'English notation'],
    ['.234', 'a leading separator'],
    ['1.234.', 'a trailing separator'],
    ['1.234 567', 'mixed separators'],
    ['12 34', 'a misplaced space'],
    ['1,234', 'three decimals'],
    ['1,', 'a comma without decimals'],
    [',50', 'no whole euros'],
    ['1.000.000.000.001', 'more than 1e12'],
    ['99999999999999999999999', 'absurdly many digits'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
  ])('rejects %j (%s)', (text) => {
    expect(parseEuro(text)).toEqual({ ok: false });
  });

  it('reads back what formatEuro writes in German', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseEuro(formatEuro(n, 'de'))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('never throws and returns whole non-negative euros up to 1e12', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseEuro(text);
        if (result.ok && result.value !== undefined) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(1e12);
        }
      }),
    );
  });
});

describe('formatEuro', () => {
  it('writes German amounts with a dot for thousands and the € after a no-break space', () => {
    expect(formatEuro(1234, 'de')).toBe(`1.234${NBSP}€`);
    expect(formatEuro(0, 'de')).toBe(`0${NBSP}€`);
    expect(formatEuro(2_500_000, 'de')).toBe(`2.500.000${NBSP}€`);
  });

  it('writes English amounts with the € first and a comma for thousands', () => {
    expect(formatEuro(1234, 'en')).toBe('€1,234');
    expect(formatEuro(2_500_000, 'en')).toBe('€2,500,000');
  });

  it('shows whole euros only, rounding half up', () => {
    expect(formatEuro(1234.5, 'de')).toBe(`1.235${NBSP}€`);
    expect(formatEuro(1234.49, 'en')).toBe('€1,234');
  });
});
