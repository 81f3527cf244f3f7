import { useMemo } from 'react';
import { counterfactuals, type Answers, type Catalogue, type Program, type ProgramResult } from '../engine';
import { formatDate } from './format';
import { assignmentTexts } from './hint';
import { groupName, useResultsT } from './labels';
import { groupOf } from './resultList';

/** The program's group in words ("Passt vielleicht"), never by colour alone. */
export function StatusLine({ result }: { result: ProgramResult }) {
  const { t } = useResultsT();
  const group = groupOf(result);
  return (
    <p className={`results-status results-status-${group}`}>
      <strong>{t('results.status')}:</strong> {groupName(group, t)}
    </p>
  );
}

/** "Beendet", "startet erst am …" and "möglicherweise veraltet": facts the user must not miss. */
export function Flags({ program, result }: { program: Program; result: ProgramResult }) {
  const { t, lang } = useResultsT();
  const from = program.valid?.from;
  return (
    <>
      {result.validity === 'ended' ? <p className="results-flag">{t('results.flags.ended')}</p> : null}
      {result.validity === 'not_yet' && from ? (
        <p className="results-flag">{t('results.flags.notYet', { date: formatDate(from, lang) })}</p>
      ) : null}
      {result.stale ? (
        <p className="results-flag">
          <strong>{t('results.flags.stale')}</strong>{' '}
          {t('results.flags.staleDetail', { checked: formatDate(program.last_checked, lang), reviewBy: formatDate(program.review_by, lang) })}
        </p>
      ) : null}
    </>
  );
}

interface HintProps {
  readonly program: Program;
  readonly result: ProgramResult;
  readonly catalogue: Catalogue;
  readonly answers: Answers;
  readonly asOf: string;
  /** Cards show the first way only; the detail page all (at most three). */
  readonly all?: boolean;
}

/** The counterfactual hint: "Passt, wenn: …", the smallest change of answers that makes it fit. */
export function Hint({ program, result, catalogue, answers, asOf, all = false }: HintProps) {
  const { t, lang } = useResultsT();
  const ways = useMemo(
    () => (result.status === 'eligible' || result.validity !== 'current' ? [] : counterfactuals(program, catalogue, answers, asOf)),
    [program, result, catalogue, answers, asOf],
  );
  if (ways.length === 0) return null;
  const shown = all ? ways : ways.slice(0, 1);
  const texts = shown.map((a) => assignmentTexts(catalogue, a, answers, lang, t).join('; '));
  if (texts.length === 1) {
    return (
      <p className="results-hint">
        <strong>{t('results.hint.fitsIf')}</strong> {texts[0]}
      </p>
    );
  }
  return (
    <div className="results-hint">
      <p>
        <strong>{t('results.hint.fitsIfOneOf')}</strong>
      </p>
      <ul>
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
