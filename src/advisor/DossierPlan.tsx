import type { Catalogue, Evaluation, Plan } from '../engine';
import { costTypeName } from '../plan/CostItemsEditor';
import { foerderkette } from '../plan/foerderkette';
import { itemNames, planTable } from '../plan/planTable';
import { deadlineLabel, deadlineText } from '../results/deadlineText';
import { formatMoney, formatShare } from '../results/format';
import { useResultsT, valueLabel } from '../results/labels';

/** The financing plan as the Gemeinderat reads it: totals, then cost items × sources with the own share. */
export function DossierPlan({ catalogue, plan }: { catalogue: Catalogue; plan: Plan }) {
  const { t, lang } = useResultsT();
  const table = planTable(plan);
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
        <table className="advisor-table advisor-dossier-plan">
          <caption>{t('plan.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.table.item')}</th>
              {table.columns.map((id) => (
                <th scope="col" key={id} className="advisor-num">
                  {nameOf(id)}
                </th>
              ))}
              <th scope="col" className="advisor-num">
                {t('plan.summary.own')}
              </th>
              <th scope="col" className="advisor-num">
                {t('plan.table.sum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={r.item.id}>
                <th scope="row">{names[i]}</th>
                {r.cells.map((c, j) => (
                  <td key={table.columns[j]} className="advisor-num">
                    {money(c)}
                  </td>
                ))}
                <td className="advisor-num">{money(r.own)}</td>
                <td className="advisor-num">{money(r.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('plan.table.total')}</th>
              {table.totals.cells.map((c, j) => (
                <td key={table.columns[j]} className="advisor-num">
                  {money(c)}
                </td>
              ))}
              <td className="advisor-num">{money(table.totals.own)}</td>
              <td className="advisor-num">{money(table.totals.total)}</td>
            </tr>
            <tr>
              <th scope="row">{t('plan.table.share')}</th>
              {table.shares.cells.map((c, j) => (
                <td key={table.columns[j]} className="advisor-num">
                  {formatShare(c, lang)}
                </td>
              ))}
              <td className="advisor-num">{formatShare(table.shares.own, lang)}</td>
              <td className="advisor-num">{formatShare(plan.totalCost > 0 ? 1 : 0, lang)}</td>
            </tr>
          </tfoot>
        </table>
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
