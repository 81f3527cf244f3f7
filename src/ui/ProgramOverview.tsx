import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../engine';
import { localized } from './localized';
import { SourceList } from './SourceList';

/** All programs of the catalogue with funder, level, type, phases and sources (the classic view). */
export function ProgramOverview({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const phases = catalogue.facts.find((f) => f.id === 'phasen')?.values ?? [];
  const phaseLabel = (id: string) => {
    const v = phases.find((p) => p.id === id);
    return v ? localized(v.label, i18n.language) : id;
  };
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.heading', { count: catalogue.programs.length })}</h2>
      <ul className="program-list">
        {catalogue.programs.map((p) => (
          <li key={p.id}>
            <article aria-labelledby={`program-${p.id}`} className="program">
              <h3 id={`program-${p.id}`}>{localized(p.name, i18n.language)}</h3>
              <p>{localized(p.summary, i18n.language)}</p>
              <dl>
                <dt>{t('program.funder')}</dt>
                <dd>{localized(p.funder, i18n.language)}</dd>
                <dt>{t('program.level')}</dt>
                <dd>{t(`level.${p.level}`)}</dd>
                <dt>{t('program.fundingType')}</dt>
                <dd>{t(`fundingType.${p.funding_type}`)}</dd>
                <dt>{t('program.phases')}</dt>
                <dd>{p.phases.map(phaseLabel).join(', ')}</dd>
                <dt>{t('program.lastChecked')}</dt>
                <dd>{p.last_checked}</dd>
              </dl>
              {p.closed ? <p className="notice">{t('program.closed')}</p> : null}
              <h4>{t('sources.heading')}</h4>
              <SourceList sources={p.sources} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
