import { validityAt, type Program } from '../engine';
import { toIcs, type CalendarEvent } from '../exports/ics';
import { formatDate, type Lang, type Translate } from '../results/format';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** A day of a year; "29.02." is the last day of February in a common year (as deadlines.ts reads it). */
const dayOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;

export interface Due {
  readonly date: string;
  readonly opens?: string;
  readonly label: { readonly de: string; readonly en: string };
}

/** A program's deadlines on or after `asOf`: its dated ones and the next occurrence of each recurring one. */
export function upcomingDeadlines(program: Program, asOf: string): Due[] {
  if (validityAt(program, asOf) === 'ended') return [];
  const dated: Due[] = (program.deadlines.dates ?? []).filter((d) => d.date >= asOf).map((d) => ({ date: d.date, ...(d.opens ? { opens: d.opens } : {}), label: d.label }));
  const year = Number(asOf.slice(0, 4));
  const recurring: Due[] = (program.deadlines.recurring ?? []).map((r) => {
    const date = dayOf(year, r.month, r.day) >= asOf ? dayOf(year, r.month, r.day) : dayOf(year + 1, r.month, r.day);
    const y = Number(date.slice(0, 4));
    const opens = r.opens ? (dayOf(y, r.opens.month, r.opens.day) <= date ? dayOf(y, r.opens.month, r.opens.day) : dayOf(y - 1, r.opens.month, r.opens.day)) : undefined;
    return { date, ...(opens ? { opens } : {}), label: r.label };
  });
  // A program that ends before a yearly deadline takes no applications on it.
  const end = program.valid?.to;
  return [...dated, ...recurring].filter((d) => end === undefined || d.date <= end).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The calendar events for the programs' deadlines from `asOf` on (today or later): one all-day
 * event per deadline, named after the program and the deadline, with the next step and the
 * program's address. Events are sorted by date; the same program and day give one event.
 */
export function deadlineEvents(programs: readonly Program[], asOf: string, lang: Lang, t: Translate): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const program of programs) {
    for (const due of upcomingDeadlines(program, asOf)) {
      const uid = `${program.id}-${due.date}@foerderbaukasten`;
      if (seen.has(uid)) continue;
      seen.add(uid);
      const lines = [
        t('plan.ics.deadline', { label: due.label[lang], date: formatDate(due.date, lang) }),
        ...(due.opens ? [t('plan.ics.opens', { date: formatDate(due.opens, lang) })] : []),
        t('plan.ics.nextStep', { text: program.application.next_step[lang] }),
        t('results.disclaimer'),
      ];
      events.push({
        uid,
        date: due.date,
        summary: t('plan.ics.summary', { program: program.name[lang], label: due.label[lang] }),
        description: lines.join('\n'),
        ...(program.application.url ? { url: program.application.url } : {}),
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** The deadlines as an iCalendar file's text (CRLF line ends), stamped with `now`. */
export function deadlineCalendar(events: readonly CalendarEvent[], t: Translate, now: Date): string {
  return toIcs(events, { prodId: '-//Quartier 2030//Förderbaukasten//DE', calendarName: t('plan.ics.calendarName'), now, alarm: true });
}
