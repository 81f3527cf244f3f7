import type { CostItem, Plan } from '../engine';

/** One cost item of the plan: what each planned program pays for it, the own share and its cost. */
export interface PlanRow {
  readonly item: CostItem;
  /** Per column (planned program), in the order of `columns`. */
  readonly cells: readonly number[];
  readonly own: number;
  readonly total: number;
}

/** The plan as the table a Gemeinderat expects: Kostenposition × Finanzierungsquelle. */
export interface PlanTable {
  /** The planned programs, most money first. */
  readonly columns: readonly string[];
  readonly rows: readonly PlanRow[];
  /** The sums of every column: per program, the own share and the whole cost. */
  readonly totals: { readonly cells: readonly number[]; readonly own: number; readonly total: number };
  /** Each column's share of the whole cost, 0 to 1. */
  readonly shares: { readonly cells: readonly number[]; readonly own: number };
}

/** The planned programs, most money first (ties by id, so the order is stable). */
export function planColumns(plan: Pick<Plan, 'planned'>): string[] {
  return [...plan.planned].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id)).map((p) => p.id);
}

/** Rows, totals and shares of the plan table; every row adds up to its item's cost. */
export function planTable(plan: Pick<Plan, 'items' | 'allocations' | 'planned' | 'totalCost'>): PlanTable {
  const columns = planColumns(plan);
  const paid = (programId: string, itemId: string) =>
    plan.allocations.filter((a) => a.programId === programId && a.itemId === itemId).reduce((s, a) => s + a.amount, 0);
  const rows = plan.items.map((item) => {
    const cells = columns.map((id) => paid(id, item.id));
    const funded = cells.reduce((s, c) => s + c, 0);
    return { item, cells, own: item.amount - funded, total: item.amount };
  });
  const cells = columns.map((_, i) => rows.reduce((s, r) => s + r.cells[i]!, 0));
  const own = rows.reduce((s, r) => s + r.own, 0);
  const share = (n: number) => (plan.totalCost > 0 ? n / plan.totalCost : 0);
  return {
    columns,
    rows,
    totals: { cells, own, total: plan.totalCost },
    shares: { cells: cells.map(share), own: share(own) },
  };
}

/** What an amount is made of, for the chart: each planned program and the own share. */
export interface Segment {
  /** A program id, or `own` for the own share. */
  readonly key: string;
  readonly amount: number;
  readonly share: number;
}

export function chartSegments(table: PlanTable): Segment[] {
  return [
    ...table.columns.map((key, i) => ({ key, amount: table.totals.cells[i]!, share: table.shares.cells[i]! })),
    { key: 'own', amount: table.totals.own, share: table.shares.own },
  ];
}

/**
 * The name of a cost item in the plan: the user's label, else the cost type's name; where several
 * items would read the same, each gets its number ("Personalkosten (1)", "Personalkosten (2)").
 */
export function itemNames(items: readonly CostItem[], typeName: (type: CostItem['type']) => string): string[] {
  const base = items.map((i) => i.label?.trim() || typeName(i.type));
  return base.map((b, i) => {
    const same = base.filter((x) => x === b).length;
    return same > 1 ? `${b} (${base.slice(0, i + 1).filter((x) => x === b).length})` : b;
  });
}
