import type { DeadlineState } from '../engine';
import { formatDate, type Lang, type Translate } from './format';

/**
 * Where the application window stands, in words: "Antrag möglich bis 30.04.2027",
 * "Letzte Frist: 14.08.2026 (abgelaufen). In der Regel zwei Runden im Jahr …", "laufend" …
 */
export function deadlineText(d: DeadlineState, lang: Lang, t: Translate): string {
  switch (d.state) {
    case 'closed':
      return d.since ? t('results.deadline.ended', { date: formatDate(d.since, lang) }) : t('results.deadline.closed');
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
      const text =
        d.nextRound === 'announced'
          ? t('results.deadline.passedAnnounced', { last })
          : d.nextRound === 'not_announced'
            ? t('results.deadline.passedNotAnnounced', { last })
            : t('results.deadline.passedUnknown', { last });
      return d.rhythm ? `${text} ${d.rhythm[lang]}` : text;
    }
    case 'unknown':
      return d.rhythm ? `${t('results.deadline.unknown')}. ${d.rhythm[lang]}` : t('results.deadline.unknown');
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
