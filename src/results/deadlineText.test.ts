import { describe, expect, it } from 'vitest';
import type { DeadlineState } from '../engine';
import { deadlineLabel, deadlineSortKey, deadlineText } from './deadlineText';
import { testT } from './testing';

const { de, en } = testT();
const label = { de: 'Antragszeitraum 1. Januar bis 30. April', en: 'Application period 1 January to 30 April' };

describe('deadlineText', () => {
  it('says where the window stands, with German dates', () => {
    expect(deadlineText({ state: 'closed', since: null }, 'de', de)).toBe('Keine neuen Anträge möglich.');
    expect(deadlineText({ state: 'closed', since: '2026-12-31' }, 'de', de)).toBe('Beendet am 31.12.2026 – keine neuen Anträge.');
    expect(deadlineText({ state: 'open_until', date: '2027-04-30', opens: '2027-01-01', label }, 'de', de)).toBe('Antrag möglich bis 30.04.2027');
    expect(deadlineText({ state: 'next_deadline', date: '2027-04-30', opens: null, label }, 'de', de)).toBe('Nächste Frist: 30.04.2027');
    expect(deadlineText({ state: 'next_deadline', date: '2027-04-30', opens: '2027-01-01', label }, 'de', de)).toBe(
      'Nächste Frist: 30.04.2027; Anträge ab 01.01.2027',
    );
    expect(deadlineText({ state: 'continuous' }, 'de', de)).toMatch(/^laufend/);
    expect(deadlineText({ state: 'unknown', rhythm: null }, 'de', de)).toBe('keine Frist bekannt');
  });

  it('words a passed deadline by what is known of the next round', () => {
    const passed = (nextRound: 'announced' | 'not_announced' | 'unknown'): DeadlineState => ({ state: 'passed', last: '2026-08-14', nextRound, rhythm: null });
    expect(deadlineText(passed('not_announced'), 'de', de)).toBe(
      'Letzte Frist: 14.08.2026 (abgelaufen). Eine nächste Runde ist angekündigt, aber noch nicht ausgeschrieben.',
    );
    expect(deadlineText(passed('announced'), 'de', de)).toMatch(/Runde ist angekündigt\.$/);
    // Where the sources say nothing, the app says so – it never claims "noch nicht ausgeschrieben".
    expect(deadlineText(passed('unknown'), 'de', de)).toBe('Letzte Frist: 14.08.2026 (abgelaufen). Über eine nächste Runde sagen unsere Quellen nichts.');
    expect(deadlineText(passed('unknown'), 'en', en)).toBe('Last deadline: 14 Aug 2026 (passed). Our sources say nothing about a next round.');
  });

  it('adds the rhythm the sources state, for a passed deadline and where no date is known', () => {
    const rhythm = { de: 'In der Regel zwei Runden im Jahr.', en: 'Usually two rounds a year.' };
    expect(deadlineText({ state: 'passed', last: '2026-08-14', nextRound: 'unknown', rhythm }, 'de', de)).toMatch(
      /sagen unsere Quellen nichts\. In der Regel zwei Runden im Jahr\.$/,
    );
    expect(deadlineText({ state: 'unknown', rhythm }, 'en', en)).toBe('No deadline known. Usually two rounds a year.');
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
      { state: 'passed', last: '2026-08-14', nextRound: 'unknown', rhythm: null },
      { state: 'unknown', rhythm: null },
      { state: 'continuous' },
      { state: 'next_deadline', date: '2027-11-15', opens: null, label },
      { state: 'open_until', date: '2027-04-30', opens: null, label },
    ];
    const sorted = [...states].sort((a, b) => deadlineSortKey(a).localeCompare(deadlineSortKey(b))).map((s) => s.state);
    expect(sorted).toEqual(['open_until', 'next_deadline', 'continuous', 'unknown', 'passed', 'closed']);
  });
});
