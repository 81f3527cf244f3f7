import { describe, expect, it } from 'vitest';
import { deadlineKey } from '../consultation/consultation';
import { deadlineText } from '../results/deadlineText';
import { testT } from '../results/testing';
import { deadlineKeyText, rangeText, statusText } from './changeText';

const { de: t } = testT();
const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('what changed, in words', () => {
  it('says a saved deadline state as the results say it', () => {
    const label = { de: 'Antragsfrist', en: 'Deadline' };
    const states = [
      { state: 'open_until', date: '2026-12-01', label },
      { state: 'next_deadline', date: '2027-04-30', label },
      { state: 'continuous' },
      { state: 'unknown' },
      { state: 'closed', since: '2025-01-01' },
      { state: 'passed', last: '2026-08-14', nextRound: 'not_announced' },
      { state: 'passed', last: '2026-08-14', nextRound: 'announced' },
      { state: 'passed', last: '2026-08-14', nextRound: 'unknown' },
    ] as const;
    for (const d of states) expect(deadlineKeyText(deadlineKey(d as never), 'de', t)).toBe(deadlineText(d as never, 'de', t));
  });

  it('says amount ranges and statuses in words', () => {
    expect(norm(rangeText([20000, 75000], 'de', t))).toBe('20.000 € bis 75.000 €');
    expect(norm(rangeText([0, 4000], 'de', t))).toBe('bis 4.000 €');
    expect(norm(rangeText([5000, null], 'de', t))).toBe('ab 5.000 €');
    expect(norm(rangeText([45000, 45000], 'de', t))).toBe('45.000 €');
    expect(rangeText([null, null], 'de', t)).toBe('kein Betrag');
    expect([statusText('eligible', t), statusText('unknown', t), statusText('ineligible', t)]).toEqual(['Passt', 'Passt vielleicht', 'Passt nicht']);
  });
});
