import type { Answers, Catalogue, GemeindeIndex } from '../engine';
import { formatMoney, formatShare } from '../results/format';
import { groupName, useResultsT } from '../results/labels';
import { answerWords } from './answerWords';
import { differingAnswers, programRows, type ProgramCell, type Side } from './compare';

export interface CompareTablesProps {
  readonly catalogue: Catalogue;
  /** The kept variant and the current answers, with their names. */
  readonly labels: readonly [string, string];
  readonly sides: readonly [Side, Side];
  readonly answers: readonly [Answers, Answers];
  readonly gemeinden?: GemeindeIndex | undefined;
  /** The level of the tables' headings (the page uses h2, the print dossier h4, under its own h3). */
  readonly level: 2 | 4;
}

/** The two variants side by side: programs (fit and planned amount), plan totals, differing answers. */
export function CompareTables({ catalogue, labels, sides, answers, gemeinden, level }: CompareTablesProps) {
  const { t, lang } = useResultsT();
  const H = level === 2 ? 'h2' : 'h4';
  const { rows, neither } = programRows(catalogue, sides);
  const questions = differingAnswers(catalogue, answers[0], answers[1]);
  const name = (id: string) => catalogue.programs.find((p) => p.id === id)?.name[lang] ?? id;
  const money = (n: number) => formatMoney(n, lang);
  const planned = (c: ProgramCell) => (c.planned === null ? t('advisor.compare.notPlanned') : money(c.planned));
  const totals = [
    [t('plan.summary.cost'), (s: Side) => money(s.plan.totalCost)],
    [t('plan.summary.funding'), (s: Side) => money(s.plan.total)],
    [t('plan.summary.own'), (s: Side) => money(s.plan.ownShare)],
    [t('plan.summary.publicShare'), (s: Side) => formatShare(s.plan.publicShare, lang)],
  ] as const;
  return (
    <>
      <H>{t('advisor.compare.programs')}</H>
      <div className="advisor-table-scroll" role="region" aria-label={t('advisor.compare.programs')} tabIndex={0}>
        <table className="advisor-table">
          <caption>{t('advisor.compare.programsCaption', { a: labels[0], b: labels[1] })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('advisor.compare.program')}</th>
              {labels.map((l, i) => [
                <th scope="col" key={`${i}-fit`}>
                  {t('advisor.compare.fit', { label: l })}
                </th>,
                <th scope="col" key={`${i}-plan`} className="advisor-num">
                  {t('advisor.compare.planned', { label: l })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{name(r.id)}</th>
                {r.cells.map((c, i) => [
                  <td key={`${i}-fit`}>{groupName(c.group, t)}</td>,
                  <td key={`${i}-plan`} className="advisor-num">
                    {planned(c)}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {neither ? <p>{t('advisor.compare.neither', { count: neither })}</p> : null}

      <H>{t('advisor.compare.totals')}</H>
      <div className="advisor-table-scroll" role="region" aria-label={t('advisor.compare.totals')} tabIndex={0}>
        <table className="advisor-table">
          <caption>{t('advisor.compare.totalsCaption', { a: labels[0], b: labels[1] })}</caption>
          <thead>
            <tr>
              <td />
              {labels.map((l, i) => (
                <th scope="col" key={i} className="advisor-num">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {totals.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {sides.map((s, i) => (
                  <td key={i} className="advisor-num">
                    {value(s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H>{t('advisor.compare.answers')}</H>
      {questions.length === 0 ? (
        <p>{t('advisor.compare.sameAnswers')}</p>
      ) : (
        <div className="advisor-table-scroll" role="region" aria-label={t('advisor.compare.answers')} tabIndex={0}>
          <table className="advisor-table">
            <caption>{t('advisor.compare.answersCaption', { a: labels[0], b: labels[1] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('advisor.compare.question')}</th>
                {labels.map((l, i) => (
                  <th scope="col" key={i}>
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.question![lang]}</th>
                  {answers.map((a, i) => (
                    <td key={i}>{answerWords(f, a[f.id], lang, t, gemeinden)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
