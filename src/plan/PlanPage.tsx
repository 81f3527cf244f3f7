import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultItems, planFinancing, type Catalogue, type CostItem, type Evaluation } from '../engine';
import { formatMoney, formatShare } from '../results/format';
import { useResultsT, valueLabel } from '../results/labels';
import { ScreenHeading } from '../ui/ScreenHeading';
import { CostItemsEditor, costTypeName } from './CostItemsEditor';
import { Foerderkette } from './Foerderkette';
import { PlanAlternatives } from './PlanAlternatives';
import { PlanTable } from './PlanTable';
import { PlanChart } from './PlanChart';
import { Cautions, LeftOutPrograms, Loans, OpenAmounts, PlannedPrograms, type Toggles } from './PlanPrograms';
import { chartSegments, itemNames, planTable } from './planTable';
import './plan.css';

export interface PlanPageProps {
  readonly catalogue: Catalogue;
  readonly evaluation: Evaluation;
  readonly asOf: string;
  /** The cost items; without them, one per cost type the answers give an amount for. */
  readonly items?: readonly CostItem[];
  readonly pinned: readonly string[];
  readonly excluded: readonly string[];
  readonly onItemsChange: (items: CostItem[]) => void;
  readonly onPin: (id: string, pinned: boolean) => void;
  readonly onExclude: (id: string, excluded: boolean) => void;
  readonly onBack: () => void;
}

/**
 * The financing plan: cost items × funding sources with the own share, the summary, a chart, the
 * programs with their toggles, why others are left out, open amounts, loans, alternatives and the
 * Förderkette with its deadlines. The plan is recomputed at once when a program is taken out or
 * fixed, and when the cost items are applied; the new totals are announced politely.
 */
export function PlanPage({ catalogue, evaluation, asOf, items: given, pinned, excluded, onItemsChange, onPin, onExclude, onBack }: PlanPageProps) {
  const { t, lang } = useResultsT();
  const items = useMemo(() => given ?? defaultItems(evaluation.answers), [given, evaluation.answers]);
  const plan = useMemo(() => planFinancing(catalogue, evaluation, { items, pinned, excluded }), [catalogue, evaluation, items, pinned, excluded]);
  const table = useMemo(() => planTable(plan), [plan]);
  const byId = useMemo(() => new Map(catalogue.programs.map((p) => [p.id, p])), [catalogue]);
  const nameOf = (id: string) => (id === 'own' ? t('plan.summary.own') : (byId.get(id)?.name[lang] ?? id));
  const names = itemNames(plan.items, (type) => costTypeName(type, t));
  // Under an item's name: its cost type where the name does not say it, and its phase.
  const detailsOf = (item: CostItem, itemName: string) =>
    [
      itemName.startsWith(costTypeName(item.type, t)) ? undefined : costTypeName(item.type, t),
      item.phase ? valueLabel(catalogue, 'phasen', item.phase, lang) : undefined,
    ]
      .filter(Boolean)
      .join(', ');

  // Each change the user makes bumps the version: the live region then says the new totals.
  const [version, setVersion] = useState(0);
  // A toggle moves its program to another list: focus follows it to its button there.
  const focusToggle = useRef<string | undefined>(undefined);
  useEffect(() => {
    const target = focusToggle.current;
    focusToggle.current = undefined;
    if (target) document.querySelector<HTMLElement>(`[data-toggle="${target}"]`)?.focus();
  });
  const toggles: Toggles = {
    pinned,
    excluded,
    onPin: (id, value) => {
      focusToggle.current = `pin:${id}`;
      setVersion((v) => v + 1);
      onPin(id, value);
    },
    onExclude: (id, value) => {
      focusToggle.current = `exclude:${id}`;
      setVersion((v) => v + 1);
      onExclude(id, value);
    },
  };
  const money = (n: number) => formatMoney(n, lang);
  const props = { catalogue, evaluation, plan, asOf, toggles };

  return (
    <div className="plan-page">
      <p>
        <button type="button" onClick={onBack}>
          {t('plan.back')}
        </button>
      </p>
      <ScreenHeading>{t('plan.title')}</ScreenHeading>
      <p className="lead">{t('plan.intro')}</p>
      <p>
        <strong>{t('results.disclaimer')}</strong>
      </p>
      <p className="plan-sr-only" role="status">
        {version > 0 ? (
          <span key={version}>
            {t('plan.recomputed', { funding: money(plan.total), own: money(plan.ownShare), share: formatShare(plan.publicShare, lang) })}
          </span>
        ) : null}
      </p>
      {!plan.pinsHonoured ? (
        <p className="plan-flag" role="alert">
          {t('plan.pinsNotHonoured')}
        </p>
      ) : null}

      <section className="plan-section" aria-labelledby="plan-summary">
        <h2 id="plan-summary">{t('plan.summary.title')}</h2>
        <dl className="plan-summary">
          <div>
            <dt>{t('plan.summary.cost')}</dt>
            <dd>{money(plan.totalCost)}</dd>
          </div>
          <div>
            <dt>{t('plan.summary.funding')}</dt>
            <dd>{money(plan.total)}</dd>
          </div>
          <div>
            <dt>{t('plan.summary.own')}</dt>
            <dd>{money(plan.ownShare)}</dd>
          </div>
          <div>
            <dt>{t('plan.summary.publicShare')}</dt>
            <dd>{formatShare(plan.publicShare, lang)}</dd>
          </div>
        </dl>
      </section>

      <section className="plan-section" aria-labelledby="plan-table">
        <h2 id="plan-table">{t('plan.table.title')}</h2>
        {plan.items.length === 0 ? (
          <p>{t('plan.table.noItems')}</p>
        ) : (
          <div className="plan-table-scroll" role="region" aria-label={t('plan.table.region')} tabIndex={0}>
            <PlanTable
              plan={plan}
              className="plan-table"
              numClass="plan-num"
              zeroClass="plan-zero"
              totalRowClass="plan-total"
              caption={<span className="plan-caption">{t('plan.table.caption')}</span>}
              nameOf={nameOf}
              columnTag={(id) => (plan.planned.find((p) => p.id === id)?.status === 'unknown' ? <span className="plan-tag">{t('plan.table.maybe')}</span> : null)}
              itemHeader={(i) => (
                <>
                  {names[i]}
                  {detailsOf(plan.items[i]!, names[i]!) ? <span className="plan-tag">{detailsOf(plan.items[i]!, names[i]!)}</span> : null}
                </>
              )}
            />
          </div>
        )}
      </section>

      {plan.totalCost > 0 ? (
        <section className="plan-section" aria-labelledby="plan-chart">
          <h2 id="plan-chart">{t('plan.chart.heading')}</h2>
          <PlanChart segments={chartSegments(table)} nameOf={nameOf} />
        </section>
      ) : null}

      <PlannedPrograms {...props} />
      <CostItemsEditor
        catalogue={catalogue}
        items={plan.items}
        onApply={(next) => {
          setVersion((v) => v + 1);
          onItemsChange(next);
        }}
      />
      <LeftOutPrograms {...props} />
      <Cautions {...props} />
      <OpenAmounts {...props} />
      <Loans {...props} />
      <PlanAlternatives plan={plan} nameOf={nameOf} />
      <Foerderkette catalogue={catalogue} evaluation={evaluation} plan={plan} asOf={asOf} />
      <p>
        <button type="button" onClick={onBack}>
          {t('plan.back')}
        </button>
      </p>
    </div>
  );
}
