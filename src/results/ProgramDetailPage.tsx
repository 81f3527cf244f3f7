import type { ReactNode } from 'react';
import type { Catalogue, Evaluation } from '../engine';
import { ScreenHeading } from '../ui/ScreenHeading';
import { AmountDetails } from './AmountDetails';
import { CriteriaList } from './Criteria';
import { ApplicationDetails, DeadlineDetails, KeyFacts } from './DetailParts';
import { formatDate } from './format';
import { kindName, useResultsT } from './labels';
import { Sources } from './Sources';
import { Flags, Hint, StatusLine } from './Status';

export interface ProgramDetailPageProps {
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  readonly programId: string;
  readonly asOf: string;
  readonly onBack: () => void;
  readonly onEditFact: (factId: string) => void;
  /** The advisor's note on this program (a labelled text field), shown after the sources. */
  readonly note?: ReactNode;
}

/** Everything about one program for this project: fit and reasons, money, deadline, application, sources. */
export function ProgramDetailPage({ catalogue, evaluation, programId, asOf, onBack, onEditFact, note }: ProgramDetailPageProps) {
  const { t, lang } = useResultsT();
  const program = catalogue.programs.find((p) => p.id === programId);
  const result = evaluation.programs.find((r) => r.id === programId);
  const back = (
    <p>
      <button type="button" onClick={onBack}>
        {t('results.detail.back')}
      </button>
    </p>
  );
  if (!program || !result) {
    return (
      <div className="results-detail">
        <ScreenHeading>{t('results.detail.notFound')}</ScreenHeading>
        {back}
      </div>
    );
  }
  const common = { program, catalogue, answers: evaluation.answers, status: result.status, onEditFact, level: 3 as const };
  const section = (id: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`detail-${id}`}>
      <h2 id={`detail-${id}`}>{title}</h2>
      {body}
    </section>
  );
  return (
    <div className="results-detail">
      {back}
      <ScreenHeading caption={kindName(program.kind, t)}>{program.name[lang]}</ScreenHeading>
      <p className="lead">{program.summary[lang]}</p>
      <Flags program={program} result={result} />
      {section(
        'fit',
        t('results.detail.fit'),
        <>
          <StatusLine result={result} />
          <CriteriaList kind="met" items={result.met} {...common} />
          <CriteriaList kind="open" items={result.open} {...common} />
          <CriteriaList kind="failed" items={result.failed} {...common} />
          <Hint program={program} result={result} catalogue={catalogue} answers={evaluation.answers} asOf={asOf} all />
        </>,
      )}
      {section('amount', result.amount.kind === 'money' && result.amount.loan ? t('results.detail.loan') : t('results.detail.amount'), <AmountDetails program={program} result={result} />)}
      {section('deadline', t('results.detail.deadline'), <DeadlineDetails program={program} result={result} />)}
      {section('application', t('results.detail.application'), <ApplicationDetails program={program} />)}
      {section('facts', t('results.detail.facts'), <KeyFacts program={program} catalogue={catalogue} />)}
      {section(
        'sources',
        t('results.detail.sources'),
        <>
          <Sources program={program} />
          <p>
            {t('results.detail.checked', { checked: formatDate(program.last_checked, lang), reviewBy: formatDate(program.review_by, lang) })}
          </p>
        </>,
      )}
      {note}
      <p>
        <strong>{t('results.disclaimer')}</strong>
      </p>
      {back}
    </div>
  );
}
