import type { AmountNote, AmountResult } from '../engine';
import { formatMoney, formatShare, type Lang, type Translate } from './format';

/**
 * The amount range of a program for this project, in words: "20.000 € bis 85.000 €",
 * "bis 4.000 €" (no minimum), "ab 5.000 €" (no known maximum), "Betrag offen" (unknown).
 */
export function amountRange(amount: AmountResult, lang: Lang, t: Translate): string {
  if (amount.kind === 'none') return t('results.amount.none');
  // A loan is a loan everywhere: "Darlehen bis 1.200.000 €", never a grant amount.
  if (amount.loan) return t('results.amount.loan', { amount: moneyRange(amount, lang, t) });
  return moneyRange(amount, lang, t);
}

function moneyRange(amount: Extract<AmountResult, { kind: 'money' }>, lang: Lang, t: Translate): string {
  // Costs below the program's minimum grant: say so rather than "0 €".
  if (amount.notes.includes('below_minimum')) return t('results.amount.belowMinimum');
  const { min, max } = amount;
  if (max === null) return min === null || min === 0 ? t('results.amount.open') : t('results.amount.from', { min: formatMoney(min, lang) });
  if (max === 0 || min === max) return formatMoney(max, lang);
  if (min === null || min === 0) return t('results.amount.upTo', { max: formatMoney(max, lang) });
  return t('results.amount.range', { min: formatMoney(min, lang), max: formatMoney(max, lang) });
}

/** The funding rate: "60 %" or "40 % bis 100 %"; undefined when unknown. */
export function quotaText(amount: AmountResult, lang: Lang, t: Translate): string | undefined {
  if (amount.kind === 'none' || amount.quota === null) return undefined;
  const { min, max } = amount.quota;
  if (min === max) return formatShare(min, lang);
  return t('results.amount.range', { min: formatShare(min, lang), max: formatShare(max, lang) });
}

/** Why the amount is what it is, one sentence per engine note. */
export function amountNoteText(note: AmountNote, t: Translate): string {
  const texts: Record<AmountNote, string> = {
    cost_unknown: t('results.amountNote.cost_unknown'),
    quota_unknown: t('results.amountNote.quota_unknown'),
    max_unknown: t('results.amountNote.max_unknown'),
    min_unknown: t('results.amountNote.min_unknown'),
    applicant_unknown: t('results.amountNote.applicant_unknown'),
    tier_open: t('results.amountNote.tier_open'),
    below_minimum: t('results.amountNote.below_minimum'),
    no_tier: t('results.amountNote.no_tier'),
    units_unknown: t('results.amountNote.units_unknown'),
  };
  return texts[note];
}

/** For sorting by money: the highest possible grant; loans, unknown amounts and advice come last. */
export function amountSortValue(amount: AmountResult): number {
  if (amount.kind === 'none') return -2;
  if (amount.loan) return -1;
  return amount.max ?? amount.min ?? -1;
}
