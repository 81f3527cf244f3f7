import type { ReactNode } from 'react';
import type { Plan } from '../engine';
import { formatMoney, formatShare } from '../results/format';
import { useResultsT } from '../results/labels';
import { planTable } from './planTable';

export interface PlanTableProps {
  readonly plan: Plan;
  readonly caption: ReactNode;
  /** Name of a program column. */
  readonly nameOf: (programId: string) => string;
  /** Row header of a cost item (name, and on screen its details). */
  readonly itemHeader: (index: number) => ReactNode;
  /** Extra text in a program's column header (e.g. "passt vielleicht"). */
  readonly columnTag?: (programId: string) => ReactNode;
  readonly className: string;
  /** Class of number cells; zero cells get `${numClass} ${zeroClass}` where given. */
  readonly numClass: string;
  readonly zeroClass?: string;
  readonly totalRowClass?: string;
}

/**
 * The table a Gemeinderat expects: cost items × funding sources, own share and sum per item, with
 * the totals and each source's share of the costs. Used on screen and in the printed dossier.
 */
export function PlanTable(props: PlanTableProps) {
  const { plan, numClass, zeroClass } = props;
  const { t, lang } = useResultsT();
  const table = planTable(plan);
  const money = (n: number) => formatMoney(n, lang);
  const num = (n: number) => (n === 0 && zeroClass ? `${numClass} ${zeroClass}` : numClass);
  return (
    <table className={props.className}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.table.item')}</th>
          {table.columns.map((id) => (
            <th scope="col" key={id} className={numClass}>
              {props.nameOf(id)}
              {props.columnTag?.(id)}
            </th>
          ))}
          <th scope="col" className={numClass}>
            {t('plan.summary.own')}
          </th>
          <th scope="col" className={numClass}>
            {t('plan.table.sum')}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={r.item.id}>
            <th scope="row">{props.itemHeader(i)}</th>
            {r.cells.map((c, j) => (
              <td key={table.columns[j]} className={num(c)}>
                {money(c)}
              </td>
            ))}
            <td className={numClass}>{money(r.own)}</td>
            <td className={numClass}>{money(r.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={props.totalRowClass}>
          <th scope="row">{t('plan.table.total')}</th>
          {table.totals.cells.map((c, j) => (
            <td key={table.columns[j]} className={numClass}>
              {money(c)}
            </td>
          ))}
          <td className={numClass}>{money(table.totals.own)}</td>
          <td className={numClass}>{money(table.totals.total)}</td>
        </tr>
        <tr>
          <th scope="row">{t('plan.table.share')}</th>
          {table.shares.cells.map((c, j) => (
            <td key={table.columns[j]} className={numClass}>
              {formatShare(c, lang)}
            </td>
          ))}
          <td className={numClass}>{formatShare(table.shares.own, lang)}</td>
          <td className={numClass}>{formatShare(plan.totalCost > 0 ? 1 : 0, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
