import { describe, expect, it } from 'vitest';
import type { DeadlineState } from '../engine';
import { deadlineLabel, deadlineSortKey, deadlineText } from './deadlineText';
import { testT } from './testing';

const { de, en } = testT();
const label = { de: 'Antragszeitraum 1. Januar bis 30. April', en: 'Application period 1 January to 30 April' };

describe('deadlineText', () => {
  it('says where the window stands, with German dates', () => {
    expect(deadlineText({ state: 'closed', since: null }, 'de', de)).toBe('Beendet – keine neuen Anträge.');
    expect(deadlineText({ state: 'open_until', date: '2027-04-30', opens: '2027-01-01', label }, 'de', de)).toBe('Antrag möglich bis 30.04.2027');
    expect(deadlineText({ state: 'next_deadline', date: '2027-04-30', opens: null, label }, 'de', de)).toBe('Nächste Frist: 30.04.2027');
    expect(deadlineText({ state: 'next_deadline', date: '2027-04-30', opens: '2027-01-01', label }, 'de', de)).toBe(
      'Nächste Frist: 30.04.2027; Anträge ab 01.01.2027',
    );
    expect(deadlineText({ state: 'continuous' }, 'de', de)).toMatch(/^laufend/);
    expect(deadlineText({ state: 'unknown' }, 'de', de)).toBe('keine Frist bekannt');
  });

  it('words a passed deadline by what is known of the next round', () => {
    const passed = (nextRound: 'announced' | 'not_announced' | 'unknown'): DeadlineState => ({ state: 'passed', last: '2026-08-14', nextRound });
    expect(deadlineText(passed('not_announced'), 'de', de)).toBe('Frist abgelaufen (letzte: 14.08.2026) – nächste Runde noch nicht ausgeschrieben');
    expect(deadlineText(passed('announced'), 'de', de)).toMatch(/angekündigt/);
    expect(deadlineText(passed('unknown'), 'de', de)).toMatch(/nicht bekannt/);
    expect(deadlineText(passed('not_announced'), 'en', en)).toBe('Deadline passed (last: 14 Aug 2026) – next round not yet announced');
  });

  it('gives the deadline label of the program file where there is one', () => {
    expect(deadlineLabel({ state: 'open_until', date: '2027-04-30', opens: null, label }, 'en')).toBe(label.en);
    expect(deadlineLabel({ state: 'continuous' }, 'de')).toBeUndefined();
  });
});

describe('deadlineSortKey', () => {
  it('puts the soonest date first, then continuous, unknown, passed and closed', () => {
    const states: DeadlineState[] = [
      { state: 'closed', since: null },
      { state: 'passed', last: '2026-08-14', nextRound: 'unknown' },
      { state: 'unknown' },
      { state: 'continuous' },
      { state: 'next_deadline', date: '2027-11-15', opens: null, label },
      { state: 'open_until', date: '2027-04-30', opens: null, label },
    ];
    const sorted = [...states].sort((a, b) => deadlineSortKey(a).localeCompare(deadlineSortKey(b))).map((s) => s.state);
    expect(sorted).toEqual(['open_until', 'next_deadline', 'continuous', 'unknown', 'passed', 'closed']);
  });
});
