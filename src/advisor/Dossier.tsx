import { isOpenAmount } from '../engine';
import { useMemo } from 'react';
import { planFinancing, type Catalogue, type CostItem, type Evaluation, type GemeindeIndex } from '../engine';
import { formatDate, formatMoney, formatShare } from '../results/format';
import { useResultsT } from '../results/labels';
import { countByGroup, rowsOf } from '../results/resultList';
import type { Notes } from '../wizard/wizard.machine';
import { answerWords } from './answerWords';
import { CompareTables } from './CompareTables';
import { answeredSections, openQuestions } from './dossierData';
import { DossierChain, DossierPlan } from './DossierPlan';
import { DossierPrograms } from './DossierPrograms';
import type { Comparison } from './useComparison';
import './advisor.css';
import './print.css';

export interface DossierProps {
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  readonly asOf: string;
  readonly plan: { readonly items?: readonly CostItem[] | undefined; readonly pinned: readonly string[]; readonly excluded: readonly string[] };
  readonly notes: Notes;
  readonly gemeinden?: GemeindeIndex | undefined;
  /** Printed from the comparison: the two variants side by side, after the summary. */
  readonly comparison?: Comparison | undefined;
}

/**
 * The print dossier for the Gemeinderat: hidden on screen, the only content when printed.
 * Summary, answers, the programs that fit with reasons and sources, the financing plan, the
 * Förderkette with deadlines, open questions, notes, the date and the Stand of the program data.
 */
export function Dossier({ catalogue, evaluation, asOf, plan: given, notes, gemeinden, comparison }: DossierProps) {
  const { t, lang } = useResultsT();
  const { items, pinned, excluded } = given;
  const plan = useMemo(
    () => planFinancing(catalogue, evaluation, { ...(items ? { items } : {}), pinned, excluded }),
    [catalogue, evaluation, items, pinned, excluded],
  );
  const sections = useMemo(() => answeredSections(catalogue, asOf, evaluation.answers, gemeinden), [catalogue, asOf, evaluation.answers, gemeinden]);
  const open = useMemo(() => openQuestions(catalogue, evaluation), [catalogue, evaluation]);
  const counts = countByGroup(rowsOf(catalogue, evaluation));
  const name = (id: string) => catalogue.programs.find((p) => p.id === id)?.name[lang] ?? id;
  const stand = t('advisor.dossier.stand', { date: formatDate(asOf, lang), stand: formatDate(catalogue.stand, lang), version: catalogue.version });
  const programNotes = Object.entries(notes.programs).filter(([, text]) => text.trim() !== '');
  const openAmounts = plan.leftOut.filter(isOpenAmount);
  const noOpen = open.length === 0 && plan.cautions.length === 0 && openAmounts.length === 0;
  const fact = (id: string) => catalogue.facts.find((f) => f.id === id);
  const words = (id: string) => {
    const f = fact(id);
    return f && evaluation.answers[id] !== undefined ? answerWords(f, evaluation.answers[id], lang, t, gemeinden) : undefined;
  };
  const applicant = words('antragsteller');
  const place = words('ags');
  return (
    <div className="advisor-dossier">
      <h2 className="advisor-dossier-title">{t('advisor.dossier.title')}</h2>
      <p className="advisor-dossier-meta">
        {stand}
        <br />
        <strong>{t('results.disclaimer')}</strong>
      </p>

      <section className="advisor-dossier-section" aria-labelledby="dossier-summary">
        <h3 id="dossier-summary">{t('advisor.dossier.summary')}</h3>
        <ul>
          {applicant ? <li>{t('advisor.dossier.applicant', { who: applicant })}</li> : null}
          {place ? <li>{t('advisor.dossier.place', { where: place })}</li> : null}
          <li>{t('advisor.dossier.counts', { fits: counts.fits, maybe: counts.maybe, not: counts.not })}</li>
          <li>{t('advisor.dossier.planTotals', { cost: formatMoney(plan.totalCost, lang), funding: formatMoney(plan.total, lang), own: formatMoney(plan.ownShare, lang), share: formatShare(plan.publicShare, lang) })}</li>
          {plan.planned.length ? <li>{t('advisor.dossier.planned', { names: plan.planned.map((p) => name(p.id)).join(', ') })}</li> : null}
        </ul>
      </section>

      {comparison ? (
        <section className="advisor-dossier-section" aria-labelledby="dossier-compare">
          <h3 id="dossier-compare">{t('advisor.compare.title')}</h3>
          <CompareTables catalogue={catalogue} {...comparison} gemeinden={gemeinden} level={4} />
        </section>
      ) : null}

      <section className="advisor-dossier-section" aria-labelledby="dossier-answers">
        <h3 id="dossier-answers">{t('advisor.dossier.answers')}</h3>
        {sections.map((s) => (
          <table key={s.id} className="advisor-table advisor-dossier-answers">
            <caption>{s.title[lang]}</caption>
            <tbody>
              {s.facts.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.question![lang]}</th>
                  <td>{answerWords(f, evaluation.answers[f.id], lang, t, gemeinden)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <DossierPrograms catalogue={catalogue} evaluation={evaluation} notes={notes} />
      <DossierPlan catalogue={catalogue} plan={plan} />
      <DossierChain catalogue={catalogue} evaluation={evaluation} plan={plan} asOf={asOf} />

      <section className="advisor-dossier-section" aria-labelledby="dossier-open">
        <h3 id="dossier-open">{t('advisor.dossier.open')}</h3>
        {noOpen ? <p>{t('advisor.dossier.noOpen')}</p> : null}
        <ul>
          {open.map((f) => (
            <li key={f.id}>{f.question![lang]}</li>
          ))}
          {openAmounts.map((l) => (
            <li key={l.programId}>{t('advisor.dossier.openAmount', { name: name(l.programId) })}</li>
          ))}
          {plan.cautions.map((c) => (
            <li key={`${c.programs.join('+')}-${c.relation.id}`}>
              {c.programs.length === 2
                ? t('advisor.dossier.caution', { a: name(c.programs[0]), b: name(c.programs[1]) })
                : t('advisor.dossier.cautionOne', { a: name(c.programs[0]) })}{' '}
              {c.relation.text[lang]}
            </li>
          ))}
        </ul>
      </section>

      <section className="advisor-dossier-section" aria-labelledby="dossier-notes">
        <h3 id="dossier-notes">{t('advisor.dossier.notes')}</h3>
        {notes.general.trim() === '' && programNotes.length === 0 ? <p>{t('advisor.dossier.noNotes')}</p> : null}
        {notes.general.trim() !== '' ? <p className="advisor-dossier-note">{notes.general}</p> : null}
        {programNotes.length ? (
          <ul>
            {programNotes.map(([id, text]) => (
              <li key={id} className="advisor-dossier-note">
                <strong>{name(id)}:</strong> {text}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <div className="advisor-dossier-footer">
        <p>
          <strong>{t('results.disclaimer')}</strong>
        </p>
        <p>{stand}</p>
      </div>
    </div>
  );
}
