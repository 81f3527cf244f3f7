import { useMemo, useState, type ReactNode } from 'react';
import type { Catalogue, Evaluation } from '../engine';
import { ScreenHeading } from '../ui/ScreenHeading';
import { formatDate } from './format';
import { useResultsT } from './labels';
import { ProgramCard } from './ProgramCard';
import { arrange, countByGroup, rowsOf, type Filters, type Row, type SortOrder } from './resultList';
import { ResultsControls } from './ResultsControls';

export interface ResultsPageProps {
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  readonly asOf: string;
  readonly onOpenProgram: (id: string) => void;
  readonly onEditFact: (factId: string) => void;
  readonly onShowOverview: () => void;
  readonly onEditAnswers: () => void;
  /** Opens the financing plan; without it the page offers no plan button. */
  readonly onShowPlan?: () => void;
  /** Shown above the lists (a consultation just opened) and below them (notes, share, print). */
  readonly before?: ReactNode;
  readonly after?: ReactNode;
}

/** The results: first step (advice), then passt / passt vielleicht / passt nicht (collapsed). */
export function ResultsPage({ catalogue, evaluation, asOf, onOpenProgram, onEditFact, onShowOverview, onEditAnswers, onShowPlan, before, after }: ResultsPageProps) {
  const { t, lang } = useResultsT();
  const [order, setOrder] = useState<SortOrder>('fit');
  const [filters, setFilters] = useState<Filters>({ phase: '', level: '' });
  const rows = useMemo(() => rowsOf(catalogue, evaluation), [catalogue, evaluation]);
  const counts = useMemo(() => countByGroup(rows), [rows]);
  const lists = useMemo(() => arrange(rows, order, filters, lang), [rows, order, filters, lang]);
  const cards = (list: readonly Row[]) => (
    <ul className="results-list">
      {list.map((row) => (
        <li key={row.program.id}>
          <ProgramCard row={row} catalogue={catalogue} answers={evaluation.answers} asOf={asOf} onOpenProgram={onOpenProgram} onEditFact={onEditFact} />
        </li>
      ))}
    </ul>
  );
  const group = (id: string, title: string, intro: string, list: readonly Row[], body?: ReactNode) => (
    <section className="results-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {list.length === 0 ? <p>{t('results.page.none')}</p> : (body ?? cards(list))}
    </section>
  );
  const summary = [
    t('results.page.summaryFits', { count: counts.fits }),
    t('results.page.summaryMaybe', { count: counts.maybe }),
    t('results.page.summaryNot', { count: counts.not }),
  ].join(', ');
  return (
    <div className="results-page">
      <ScreenHeading>{t('results.page.title')}</ScreenHeading>
      <p className="lead">{summary}</p>
      <p>
        {t('results.page.asOf', { date: formatDate(asOf, lang) })} <strong>{t('results.disclaimer')}</strong>
      </p>
      <div className="results-actions">
        <button type="button" onClick={onEditAnswers}>
          {t('results.page.editAnswers')}
        </button>
        {onShowPlan ? (
          <button type="button" onClick={onShowPlan}>
            {t('plan.showPlan')}
          </button>
        ) : null}
        <button type="button" onClick={onShowOverview}>
          {t('results.page.showOverview')}
        </button>
      </div>
      {before}
      <ResultsControls
        catalogue={catalogue}
        order={order}
        filters={filters}
        shown={lists.shown}
        total={lists.total}
        onOrder={setOrder}
        onFilters={setFilters}
      />
      {lists.firstStep.length ? group('results-first', t('results.page.firstStep'), t('results.page.firstStepIntro'), lists.firstStep) : null}
      {group('results-fits', t('results.group.fits'), t('results.page.fitsIntro'), lists.fits)}
      {group('results-maybe', t('results.group.maybe'), t('results.page.maybeIntro'), lists.maybe)}
      {group(
        'results-not',
        t('results.group.not'),
        t('results.page.notIntro'),
        lists.not,
        <details className="results-not">
          <summary>{t('results.page.showNot', { count: lists.not.length })}</summary>
          {cards(lists.not)}
        </details>,
      )}
      {after}
    </div>
  );
}
