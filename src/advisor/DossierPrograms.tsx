import type { Catalogue, CriterionResult, Evaluation } from '../engine';
import { amountRange } from '../results/amountText';
import { deadlineLabel, deadlineText } from '../results/deadlineText';
import { formatStand } from '../results/format';
import { groupName, useResultsT } from '../results/labels';
import { arrange, groupOf, rowsOf } from '../results/resultList';
import type { Notes } from '../wizard/wizard.machine';

/** The programs that fit or may fit, each with status, amount, deadline, reasons, sources and the note. */
export function DossierPrograms({ catalogue, evaluation, notes }: { catalogue: Catalogue; evaluation: Evaluation; notes: Notes }) {
  const { t, lang } = useResultsT();
  const lists = arrange(rowsOf(catalogue, evaluation), 'fit', { phase: '', level: '' }, lang);
  const rows = [...lists.firstStep, ...lists.fits, ...lists.maybe];
  const criteria = (title: string, items: readonly CriterionResult[]) =>
    items.length ? (
      <>
        <p className="advisor-dossier-label">{title}</p>
        <ul>
          {items.map((c) => (
            <li key={c.id}>
              {c.text[lang]}
              {c.uncertain ? (
                <>
                  {' '}
                  <strong>{t('results.uncertain')}:</strong> {c.uncertain[lang]}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <section className="advisor-dossier-section" aria-labelledby="dossier-programs">
      <h3 id="dossier-programs">{t('advisor.dossier.programs')}</h3>
      {rows.length === 0 ? <p>{t('advisor.dossier.noPrograms')}</p> : null}
      {rows.map(({ program, result }) => {
        const label = deadlineLabel(result.deadline, lang);
        const note = Object.hasOwn(notes.programs, program.id) ? notes.programs[program.id] : undefined;
        return (
          <div key={program.id} className="advisor-dossier-program">
            <h4>{program.name[lang]}</h4>
            <p>
              <strong>{t('results.status')}:</strong> {groupName(groupOf(result), t)} · <strong>{t('results.card.amount')}:</strong> {amountRange(result.amount, lang, t)}
            </p>
            <p>
              <strong>{t('results.card.deadline')}:</strong> {deadlineText(result.deadline, lang, t)}
              {label ? ` (${label})` : null}
            </p>
            {criteria(t('results.criteria.metHeading'), result.met)}
            {criteria(t('results.criteria.openHeading'), result.open)}
            <p className="advisor-dossier-label">{t('results.detail.sources')}</p>
            <ul className="advisor-dossier-sources">
              {program.sources.map((s) => (
                <li key={s.id}>
                  {s.url ? (
                    <a className="advisor-print-url" href={s.url}>
                      {s.title ?? s.url}
                    </a>
                  ) : (
                    (s.title ?? s.reference)
                  )}
                  {' – '}
                  {t('results.sources.stand', { stand: formatStand(s.stand, lang, t) })}
                  {s.official ? null : ` – ${t('results.sources.secondary')}`}
                </li>
              ))}
            </ul>
            {note ? (
              <p className="advisor-dossier-note">
                <strong>{t('advisor.dossier.note')}:</strong> {note}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
