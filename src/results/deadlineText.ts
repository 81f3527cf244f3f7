import type { DeadlineState } from '../engine';
import { formatDate, type Lang, type Translate } from './format';

/**
 * Where the application window stands, in words: "Antrag möglich bis 30.04.2027",
 * "Frist abgelaufen (letzte: 14.08.2026) – nächste Runde noch nicht ausgeschrieben", "laufend" …
 */
export function deadlineText(d: DeadlineState, lang: Lang, t: Translate): string {
  switch (d.state) {
    case 'closed':
      return t('results.deadline.closed');
    case 'open_until':
      return t('results.deadline.openUntil', { date: formatDate(d.date, lang) });
    case 'next_deadline':
      return d.opens
        ? t('results.deadline.nextWithOpening', { date: formatDate(d.date, lang), opens: formatDate(d.opens, lang) })
        : t('results.deadline.next', { date: formatDate(d.date, lang) });
    case 'continuous':
      return t('results.deadline.continuous');
    case 'passed': {
      const last = formatDate(d.last, lang);
      if (d.nextRound === 'announced') return t('results.deadline.passedAnnounced', { last });
      if (d.nextRound === 'not_announced') return t('results.deadline.passedNotAnnounced', { last });
      return t('results.deadline.passedUnknown', { last });
    }
    case 'unknown':
      return t('results.deadline.unknown');
  }
}

/** The deadline's own label from the program file ("Antragszeitraum 1. Januar bis 30. April"). */
export function deadlineLabel(d: DeadlineState, lang: Lang): string | undefined {
  return d.state === 'open_until' || d.state === 'next_deadline' ? d.label[lang] : undefined;
}

/** For sorting by deadline: the soonest date first, then "laufend", unknown, passed, closed. */
export function deadlineSortKey(d: DeadlineState): string {
  switch (d.state) {
    case 'open_until':
    case 'next_deadline':
      return `0 ${d.date}`;
    case 'continuous':
      return '1';
    case 'unknown':
      return '2';
    case 'passed':
      return '3';
    case 'closed':
      return '4';
  }
}
