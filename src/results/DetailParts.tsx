import type { Catalogue, Program, ProgramResult } from '../engine';
import { deadlineLabel, deadlineText } from './deadlineText';
import { formatDate } from './format';
import { fundingTypeName, kindName, levelName, useResultsT, valueLabel } from './labels';

/** The deadline state in words, with the program's deadline note and uncertain dates. */
export function DeadlineDetails({ program, result }: { program: Program; result: ProgramResult }) {
  const { t, lang } = useResultsT();
  const label = deadlineLabel(result.deadline, lang);
  const uncertain = (program.deadlines.dates ?? []).filter((d) => d.uncertain);
  return (
    <>
      <p>
        <strong>{deadlineText(result.deadline, lang, t)}</strong>
        {label ? ` (${label})` : null}
      </p>
      {program.deadlines.note ? <p>{program.deadlines.note[lang]}</p> : null}
      {uncertain.map((d) => (
        <p key={d.date} className="results-uncertain">
          <strong>{t('results.uncertain')}:</strong> {formatDate(d.date, lang)} ({d.label[lang]}): {d.uncertain?.[lang]}
        </p>
      ))}
    </>
  );
}

/** How to apply: route, next step, contact and address. */
export function ApplicationDetails({ program }: { program: Program }) {
  const { t, lang } = useResultsT();
  const { route, next_step, contact, url } = program.application;
  return (
    <dl className="results-facts">
      <dt>{t('results.detail.nextStep')}</dt>
      <dd>{next_step[lang]}</dd>
      <dt>{t('results.detail.route')}</dt>
      <dd>{route[lang]}</dd>
      {contact ? (
        <>
          <dt>{t('results.detail.contact')}</dt>
          <dd>{contact[lang]}</dd>
        </>
      ) : null}
      {url ? (
        <>
          <dt>{t('results.detail.url')}</dt>
          <dd>
            <a href={url} rel="noreferrer noopener" target="_blank">
              {url}
              <span className="results-sr-only"> {t('results.sources.newTab')}</span>
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** Funder, level, kind of offer, funding type, phases, fields of action and target groups. */
export function KeyFacts({ program, catalogue }: { program: Program; catalogue: Catalogue }) {
  const { t, lang } = useResultsT();
  const labels = (factId: string, ids: readonly string[]) => ids.map((id) => valueLabel(catalogue, factId, id, lang)).join(', ');
  return (
    <dl className="results-facts">
      <dt>{t('results.detail.funder')}</dt>
      <dd>{program.funder[lang]}</dd>
      <dt>{t('results.detail.level')}</dt>
      <dd>{levelName(program.level, t)}</dd>
      <dt>{t('results.detail.kind')}</dt>
      <dd>{kindName(program.kind, t)}</dd>
      <dt>{t('results.detail.fundingType')}</dt>
      <dd>{fundingTypeName(program.funding_type, t)}</dd>
      {program.massnahmen ? (
        <>
          <dt>{t('results.detail.massnahmen')}</dt>
          <dd>{labels('massnahmen', program.massnahmen.funds)}</dd>
        </>
      ) : null}
      <dt>{t('results.detail.phases')}</dt>
      <dd>{labels('phasen', program.phases)}</dd>
      <dt>{t('results.detail.handlungsfelder')}</dt>
      <dd>{labels('handlungsfelder', program.handlungsfelder)}</dd>
      <dt>{t('results.detail.zielgruppen')}</dt>
      <dd>{labels('zielgruppen', program.zielgruppen)}</dd>
    </dl>
  );
}
