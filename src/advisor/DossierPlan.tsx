import type { Catalogue, Evaluation, Plan } from '../engine';
import { costTypeName } from '../plan/CostItemsEditor';
import { foerderkette } from '../plan/foerderkette';
import { PlanTable } from '../plan/PlanTable';
import { itemNames } from '../plan/planTable';
import { deadlineLabel, deadlineText } from '../results/deadlineText';
import { formatMoney, formatShare } from '../results/format';
import { useResultsT, valueLabel } from '../results/labels';

/** The financing plan as the Gemeinderat reads it: totals, then cost items × sources with the own share. */
export function DossierPlan({ catalogue, plan }: { catalogue: Catalogue; plan: Plan }) {
  const { t, lang } = useResultsT();
  const money = (n: number) => formatMoney(n, lang);
  const nameOf = (id: string) => catalogue.programs.find((p) => p.id === id)?.name[lang] ?? id;
  const names = itemNames(plan.items, (type) => costTypeName(type, t));
  return (
    <section className="advisor-dossier-section" aria-labelledby="dossier-plan">
      <h3 id="dossier-plan">{t('advisor.dossier.plan')}</h3>
      <p>
        {t('advisor.dossier.planTotals', { cost: money(plan.totalCost), funding: money(plan.total), own: money(plan.ownShare), share: formatShare(plan.publicShare, lang) })}
      </p>
      {plan.items.length === 0 ? (
        <p>{t('advisor.dossier.noItems')}</p>
      ) : (
        <PlanTable
          plan={plan}
          className="advisor-table advisor-dossier-plan"
          numClass="advisor-num"
          caption={t('plan.table.caption')}
          nameOf={nameOf}
          itemHeader={(i) => names[i]}
        />
      )}
    </section>
  );
}

/** The Förderkette: the programs along the project's phases with their deadlines. */
export function DossierChain({ catalogue, evaluation, plan, asOf }: { catalogue: Catalogue; evaluation: Evaluation; plan: Plan; asOf: string }) {
  const { t, lang } = useResultsT();
  const steps = foerderkette(catalogue, evaluation, plan, asOf);
  const nameOf = (id: string) => catalogue.programs.find((p) => p.id === id)?.name[lang] ?? id;
  const role = (id: string, r: 'planned' | 'open' | 'firstStep') =>
    r === 'planned'
      ? t('plan.chain.planned', { amount: formatMoney(plan.planned.find((p) => p.id === id)?.amount ?? 0, lang) })
      : r === 'open'
        ? t('plan.chain.open')
        : t('plan.chain.firstStep');
  return (
    <section className="advisor-dossier-section" aria-labelledby="dossier-chain">
      <h3 id="dossier-chain">{t('plan.chain.title')}</h3>
      {steps.length === 0 ? (
        <p>{t('plan.chain.none')}</p>
      ) : (
        <ol className="advisor-dossier-chain">
          {steps.map((s) => (
            <li key={s.phase}>
              <strong>{valueLabel(catalogue, 'phasen', s.phase, lang)}</strong>
              <ul>
                {s.entries.map((e) => {
                  const label = deadlineLabel(e.deadline, lang);
                  return (
                    <li key={e.programId}>
                      {nameOf(e.programId)} – {role(e.programId, e.role)}. {t('plan.programs.deadline')} {deadlineText(e.deadline, lang, t)}
                      {label ? ` (${label})` : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
