import { describe, expect, it } from 'vitest';
import type { Program } from '../engine';
import { parseIcs } from '../exports/ics';
import { testCatalogue, testT } from '../results/testing';
import { deadlineCalendar, deadlineEvents, upcomingDeadlines } from './icsEvents';

const catalogue = testCatalogue();
const program = (id: string) => catalogue.programs.find((p) => p.id === id)!;
const { de, en } = testT();

describe('deadline events for the calendar', () => {
  it('takes only deadlines on or after the day: a passed round is left out', () => {
    // Quartiersimpulse: rounds until 13.03.2026 and 14.08.2026.
    expect(deadlineEvents([program('quartiersimpulse')], '2026-06-01', 'de', de).map((e) => e.date)).toEqual(['2026-08-14']);
    expect(deadlineEvents([program('quartiersimpulse')], '2026-08-14', 'de', de).map((e) => e.date)).toEqual(['2026-08-14']);
    expect(deadlineEvents([program('quartiersimpulse')], '2026-08-15', 'de', de)).toEqual([]);
    expect(deadlineEvents([program('quartiersimpulse')], '2026-01-01', 'de', de).map((e) => e.date)).toEqual(['2026-03-13', '2026-08-14']);
  });

  it('takes the next occurrence of each recurring deadline, sorted by date', () => {
    // Ambulante Hilfen: every 30.09. (first applications) and 30.04. (repeat applications).
    const events = deadlineEvents([program('ambulante-hilfen')], '2026-11-21', 'de', de);
    expect(events.map((e) => e.date)).toEqual(['2027-04-30', '2027-09-30']);
    expect(events[0]).toMatchObject({
      uid: 'ambulante-hilfen-2027-04-30@foerderbaukasten',
      summary: `Frist: ${program('ambulante-hilfen').name.de} – Frist für Wiederholungsanträge`,
    });
    expect(events[0]!.description).toContain('Frist für Wiederholungsanträge: bis 30.04.2027');
    expect(events[0]!.description).toContain('Angaben ohne Gewähr');
    // A recurring window with an opening day.
    expect(upcomingDeadlines(program('praeventionsnetzwerke-kinderarmut'), '2026-11-21')).toEqual([
      { date: '2027-04-30', opens: '2027-01-01', label: { de: 'Antragszeitraum 1. Januar bis 30. April', en: 'Application period 1 January to 30 April' } },
    ]);
  });

  it('never lists a deadline of a program that has ended, or after its end', () => {
    const ending: Program = { ...program('ambulante-hilfen'), valid: { to: '2027-06-30' } };
    expect(upcomingDeadlines(ending, '2026-11-21').map((d) => d.date)).toEqual(['2027-04-30']);
    expect(upcomingDeadlines({ ...ending, closed: true }, '2026-11-21')).toEqual([]);
  });

  it('all events are on or after the day, for every program and many days', () => {
    for (const day of ['2025-01-01', '2026-02-28', '2026-11-21', '2027-12-31']) {
      const events = deadlineEvents(catalogue.programs, day, 'en', en);
      for (const e of events) expect(e.date >= day, `${e.uid} on ${day}`).toBe(true);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    }
  });

  it('writes an iCalendar file with CRLF line ends that reads back', () => {
    const events = deadlineEvents([program('ambulante-hilfen'), program('quartiersimpulse')], '2026-06-01', 'en', en);
    const text = deadlineCalendar(events, en, new Date('2026-06-01T08:00:00Z'));
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const parsed = parseIcs(text);
    expect(parsed.properties['X-WR-CALNAME']).toBe('Funding deadlines – Förderbaukasten Quartier 2030');
    expect(parsed.events.map((e) => e['DTSTART'])).toEqual(['20260814', '20260930', '20270430']);
    expect(parsed.events[0]!['SUMMARY']).toBe(`Deadline: ${program('quartiersimpulse').name.en} – Application deadline round 2/2026`);
    expect(parsed.events[0]!['VALARM.TRIGGER']).toBe('-P7D');
  });
});
