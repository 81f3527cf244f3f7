import type { Answers, Catalogue, CriterionResult, Program, Status } from '../engine';
import { useResultsT } from './labels';
import { missingQuestions } from './missingFacts';

export type CriteriaKind = 'met' | 'open' | 'failed';

interface CriteriaListProps {
  readonly kind: CriteriaKind;
  readonly items: readonly CriterionResult[];
  readonly program: Program;
  readonly catalogue: Catalogue;
  readonly answers: Answers;
  /** The program's status (engine): a ruled-out program offers no questions to answer. */
  readonly status: Status;
  readonly onEditFact: (factId: string) => void;
  /** The heading level of the list's title (cards use h4, the detail page h3). */
  readonly level: 3 | 4;
}

const MARK: Record<CriteriaKind, string> = { met: '✓', open: '?', failed: '✗' };

/**
 * Why a program fits (met), what is missing (open, each with a way back to its question) or why
 * it does not fit (failed). Each item says its state in words, not by icon or colour alone.
 */
export function CriteriaList({ kind, items, program, catalogue, answers, status, onEditFact, level }: CriteriaListProps) {
  const { t, lang } = useResultsT();
  if (items.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  const title = { met: t('results.criteria.metHeading'), open: t('results.criteria.openHeading'), failed: t('results.criteria.failedHeading') }[kind];
  const word = { met: t('results.criteria.met'), open: t('results.criteria.open'), failed: t('results.criteria.failed') }[kind];
  return (
    <div className={`results-criteria results-criteria-${kind}`}>
      <Heading>{title}</Heading>
      <ul>
        {items.map((c) => {
          const questions = kind === 'open' ? missingQuestions(catalogue, program, c.id, answers, status) : [];
          return (
            <li key={c.id}>
              <span aria-hidden="true" className="results-mark">
                {MARK[kind]}
              </span>{' '}
              <strong>{word}</strong> {c.text[lang]}
              {c.uncertain ? (
                <span className="results-uncertain">
                  {' '}
                  <strong>{t('results.uncertain')}:</strong> {c.uncertain[lang]}
                </span>
              ) : null}
              {questions.length ? (
                <ul className="results-edit-links">
                  {questions.map((f) => (
                    <li key={f.id}>
                      <button type="button" className="results-link" onClick={() => onEditFact(f.id)}>
                        {t('results.criteria.answer', { question: f.question?.[lang] ?? f.id })}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
