import type { Answers, Catalogue } from '../engine';
import { amountRange } from './amountText';
import { CriteriaList } from './Criteria';
import { deadlineLabel, deadlineText } from './deadlineText';
import { formatDate } from './format';
import { kindName, useResultsT } from './labels';
import type { Row } from './resultList';
import { Flags, Hint, StatusLine } from './Status';

interface ProgramCardProps {
  readonly row: Row;
  readonly catalogue: Catalogue;
  readonly answers: Answers;
  readonly asOf: string;
  readonly onOpenProgram: (id: string) => void;
  readonly onEditFact: (factId: string) => void;
}

/** One program in the results list: status, reasons, amount, deadline, next step and a way to its details. */
export function ProgramCard({ row, catalogue, answers, asOf, onOpenProgram, onEditFact }: ProgramCardProps) {
  const { t, lang } = useResultsT();
  const { program, result } = row;
  const headingId = `result-${program.id}`;
  const label = deadlineLabel(result.deadline, lang);
  const common = { program, catalogue, answers, status: result.status, onEditFact, level: 4 as const };
  return (
    <article className="results-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{program.name[lang]}</h3>
      <StatusLine result={result} />
      <Flags program={program} result={result} />
      <dl className="results-facts">
        <dt>{t('results.card.kind')}</dt>
        <dd>{kindName(program.kind, t)}</dd>
        {/* A program that does not fit pays nothing for this project: no amount is shown for it. */}
        {result.status !== 'ineligible' ? (
          <>
            <dt>{result.amount.kind === 'money' && result.amount.loan ? t('results.card.loan') : t('results.card.amount')}</dt>
            <dd>{amountRange(result.amount, lang, t)}</dd>
          </>
        ) : null}
        <dt>{t('results.card.deadline')}</dt>
        <dd>
          {deadlineText(result.deadline, lang, t)}
          {label ? ` (${label})` : null}
        </dd>
        <dt>{t('results.card.nextStep')}</dt>
        <dd>{program.application.next_step[lang]}</dd>
        {program.application.contact ? (
          <>
            <dt>{t('results.card.contact')}</dt>
            <dd>{program.application.contact[lang]}</dd>
          </>
        ) : null}
      </dl>
      {result.status === 'eligible' ? <CriteriaList kind="met" items={result.met} {...common} /> : null}
      <CriteriaList kind="open" items={result.open} {...common} />
      <CriteriaList kind="failed" items={result.failed} {...common} />
      <Hint program={program} result={result} catalogue={catalogue} answers={answers} asOf={asOf} />
      <p className="results-stand">
        {t('results.card.stand', { date: formatDate(program.last_checked, lang), count: program.sources.length })}
      </p>
      <p>
        <button type="button" aria-label={t('results.card.detailsFor', { name: program.name[lang] })} onClick={() => onOpenProgram(program.id)}>
          {t('results.card.details')}
        </button>
      </p>
    </article>
  );
}
