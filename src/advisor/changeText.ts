import type { AmountRange } from '../consultation/changes';
import type { Status } from '../engine';
import { formatDate, formatMoney, type Lang, type Translate } from '../results/format';

/** A program's status in words, as the results group it: "Passt", "Passt vielleicht", "Passt nicht". */
export function statusText(status: Status, t: Translate): string {
  if (status === 'eligible') return t('results.group.fits');
  if (status === 'unknown') return t('results.group.maybe');
  return t('results.group.not');
}

/** A saved amount range in words ("20.000 € bis 75.000 €", "bis 4.000 €", "kein Betrag"). */
export function rangeText([min, max]: AmountRange, lang: Lang, t: Translate): string {
  if (max === null) return min === null || min === 0 ? t('advisor.changes.noAmount') : t('results.amount.from', { min: formatMoney(min, lang) });
  if (min === max) return formatMoney(max, lang);
  if (min === null || min === 0) return t('results.amount.upTo', { max: formatMoney(max, lang) });
  return t('results.amount.range', { min: formatMoney(min, lang), max: formatMoney(max, lang) });
}

/**
 * A deadline state as `deadlineKey` wrote it (`open_until:2026-12-01`, `passed:2025-06-30:announced`,
 * `continuous` …) in words, with the results' own texts.
 */
export function deadlineKeyText(key: string, lang: Lang, t: Translate): string {
  const [state, a = '', b = ''] = key.split(':');
  const date = (d: string) => formatDate(d, lang);
  switch (state) {
    case 'closed':
      return a ? t('results.deadline.ended', { date: date(a) }) : t('results.deadline.closed');
    case 'open_until':
      return t('results.deadline.openUntil', { date: date(a) });
    case 'next_deadline':
      return t('results.deadline.next', { date: date(a) });
    case 'continuous':
      return t('results.deadline.continuous');
    case 'passed':
      if (b === 'announced') return t('results.deadline.passedAnnounced', { last: date(a) });
      if (b === 'not_announced') return t('results.deadline.passedNotAnnounced', { last: date(a) });
      return t('results.deadline.passedUnknown', { last: date(a) });
    default:
      return t('results.deadline.unknown');
  }
}
