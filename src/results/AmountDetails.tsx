import type { Program, ProgramResult } from '../engine';
import { amountNoteText, amountRange, quotaText } from './amountText';
import { formatMoney } from './format';
import { useResultsT } from './labels';

/** The amount range for this project, with every reason and uncertainty in words. */
export function AmountDetails({ program, result }: { program: Program; result: ProgramResult }) {
  const { t, lang } = useResultsT();
  const amount = result.amount;
  const rules = program.amount === 'none' ? undefined : program.amount;
  if (amount.kind === 'none' || !rules) return <p>{amountRange(amount, lang, t)}</p>;
  const quota = quotaText(amount, lang, t);
  const uncertainNotes = [...new Set(rules.tiers.flatMap((tier) => (tier.uncertain ? [tier.uncertain[lang]] : [])))];
  return (
    <>
      <dl className="results-facts">
        <dt>{t('results.amount.rangeLabel')}</dt>
        <dd>
          <strong>{amountRange(amount, lang, t)}</strong>
        </dd>
        <dt>{t('results.amount.eligibleCost')}</dt>
        <dd>{amount.eligibleCost === null ? t('results.amount.costNotGiven') : formatMoney(amount.eligibleCost, lang)}</dd>
        <dt>{t('results.amount.quota')}</dt>
        <dd>{quota ?? t('results.amount.quotaUnknown')}</dd>
      </dl>
      {amount.notes.length ? (
        <>
          <p>{t('results.amount.notesIntro')}</p>
          <ul>
            {amount.notes.map((n) => (
              <li key={n}>{amountNoteText(n, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {rules.note ? <p>{rules.note[lang]}</p> : null}
      {uncertainNotes.map((note) => (
        <p key={note} className="results-uncertain">
          <strong>{t('results.uncertain')}:</strong> {note}
        </p>
      ))}
    </>
  );
}
