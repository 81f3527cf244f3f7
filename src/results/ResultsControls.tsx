import { useId } from 'react';
import type { Catalogue } from '../engine';
import { levelName, useResultsT, valuesOf } from './labels';
import { levelsOf, type Filters, type SortOrder } from './resultList';

interface ResultsControlsProps {
  readonly catalogue: Catalogue;
  readonly order: SortOrder;
  readonly filters: Filters;
  readonly shown: number;
  readonly total: number;
  readonly onOrder: (order: SortOrder) => void;
  readonly onFilters: (filters: Filters) => void;
}

const ORDERS: readonly SortOrder[] = ['fit', 'amount', 'deadline'];
const isOrder = (v: string): v is SortOrder => (ORDERS as readonly string[]).includes(v);

/** Sort and filter the results; every change applies at once, the count is announced politely. */
export function ResultsControls({ catalogue, order, filters, shown, total, onOrder, onFilters }: ResultsControlsProps) {
  const { t, lang } = useResultsT();
  const id = useId();
  const orderNames: Record<SortOrder, string> = {
    fit: t('results.controls.orderFit'),
    amount: t('results.controls.orderAmount'),
    deadline: t('results.controls.orderDeadline'),
  };
  return (
    <form className="results-controls" aria-label={t('results.controls.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="results-control">
        <label htmlFor={`${id}-order`}>{t('results.controls.order')}</label>
        <select id={`${id}-order`} value={order} onChange={(e) => isOrder(e.target.value) && onOrder(e.target.value)}>
          {ORDERS.map((o) => (
            <option key={o} value={o}>
              {orderNames[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="results-control">
        <label htmlFor={`${id}-phase`}>{t('results.controls.phase')}</label>
        <select id={`${id}-phase`} value={filters.phase} onChange={(e) => onFilters({ ...filters, phase: e.target.value })}>
          <option value="">{t('results.controls.allPhases')}</option>
          {valuesOf(catalogue, 'phasen', lang).map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <div className="results-control">
        <label htmlFor={`${id}-level`}>{t('results.controls.level')}</label>
        <select id={`${id}-level`} value={filters.level} onChange={(e) => onFilters({ ...filters, level: e.target.value })}>
          <option value="">{t('results.controls.allLevels')}</option>
          {levelsOf(catalogue).map((l) => (
            <option key={l} value={l}>
              {levelName(l, t)}
            </option>
          ))}
        </select>
      </div>
      <p className="results-count" role="status" aria-live="polite">
        {t('results.controls.shown', { count: shown, total })}
      </p>
    </form>
  );
}
