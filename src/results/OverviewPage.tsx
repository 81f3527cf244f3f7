import { useId, useMemo, useState } from 'react';
import type { Catalogue } from '../engine';
import { ScreenHeading } from '../ui/ScreenHeading';
import { levelName, useResultsT, valuesOf } from './labels';
import { filterOverview, type OverviewFilters } from './overviewFilter';
import { levelsOf } from './resultList';

export interface OverviewPageProps {
  readonly catalogue: Catalogue;
  readonly asOf: string;
  readonly onOpenProgram: (id: string) => void;
  readonly onBack: () => void;
}

/** The classic Förderbaukasten: all programs × project phases, filterable; each row leads to its details. */
export function OverviewPage({ catalogue, asOf, onOpenProgram, onBack }: OverviewPageProps) {
  const { t, lang } = useResultsT();
  const id = useId();
  const [filters, setFilters] = useState<OverviewFilters>({ applicant: '', handlungsfeld: '', level: '' });
  const programs = useMemo(() => filterOverview(catalogue, filters, asOf), [catalogue, filters, asOf]);
  const phases = valuesOf(catalogue, 'phasen', lang);
  const select = (key: keyof OverviewFilters, label: string, all: string, options: { id: string; label: string }[]) => (
    <div className="results-control">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="results-overview">
      <p>
        <button type="button" onClick={onBack}>
          {t('results.overview.back')}
        </button>
      </p>
      <ScreenHeading>{t('results.overview.title')}</ScreenHeading>
      <p className="lead">{t('results.overview.intro')}</p>
      <form className="results-controls" aria-label={t('results.overview.filterLabel')} onSubmit={(e) => e.preventDefault()}>
        {select('applicant', t('results.overview.applicant'), t('results.overview.allApplicants'), valuesOf(catalogue, 'antragsteller', lang))}
        {select('handlungsfeld', t('results.overview.handlungsfeld'), t('results.overview.allHandlungsfelder'), valuesOf(catalogue, 'handlungsfelder', lang))}
        {select('level', t('results.controls.level'), t('results.controls.allLevels'), levelsOf(catalogue).map((l) => ({ id: l, label: levelName(l, t) })))}
        <p className="results-count" role="status" aria-live="polite">
          {t('results.controls.shown', { count: programs.length, total: catalogue.programs.length })}
        </p>
      </form>
      <div className="results-table-scroll" role="region" aria-label={t('results.overview.tableRegion')} tabIndex={0}>
        <table className="results-table">
          <caption>{t('results.overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.overview.program')}</th>
              <th scope="col">{t('results.detail.level')}</th>
              {phases.map((p) => (
                <th scope="col" key={p.id}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {programs.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <button type="button" className="results-link" onClick={() => onOpenProgram(p.id)}>
                    {p.name[lang]}
                  </button>
                  {p.closed || (p.valid?.to !== undefined && p.valid.to < asOf) ? <span className="results-tag">{t('results.overview.ended')}</span> : null}
                  {p.review_by < asOf ? <span className="results-tag">{t('results.flags.stale')}</span> : null}
                </th>
                <td>{levelName(p.level, t)}</td>
                {phases.map((phase) => (
                  <td key={phase.id} className="results-cell">
                    {p.phases.includes(phase.id) ? <span aria-hidden="true">✓</span> : null}
                    <span className="results-sr-only">{p.phases.includes(phase.id) ? t('results.overview.yes') : t('results.overview.no')}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {programs.length === 0 ? <p>{t('results.overview.none')}</p> : null}
      <p>
        <strong>{t('results.disclaimer')}</strong>
      </p>
    </div>
  );
}
