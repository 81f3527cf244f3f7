import { describe, expect, it } from 'vitest';
import { planFinancing, type CostItem } from '../engine';
import { testCatalogue, testEvaluation } from '../results/testing';
import { chartSegments, itemNames, planColumns, planTable } from './planTable';
import { GEMEINDE_LAND } from './testing';

const catalogue = testCatalogue();

describe('planTable', () => {
  const plan = planFinancing(catalogue, testEvaluation(GEMEINDE_LAND));
  const table = planTable(plan);

  it('has one column per planned program, most money first', () => {
    expect([...table.columns].sort()).toEqual(plan.planned.map((p) => p.id).sort());
    const amounts = table.columns.map((id) => plan.planned.find((p) => p.id === id)!.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(table.columns[0]).toBe('staedtebaufoerderung');
  });

  it('has one row per cost item that adds up to its cost, and totals that match the plan', () => {
    expect(table.rows.map((r) => r.item.id)).toEqual(plan.items.map((i) => i.id));
    for (const r of table.rows) expect(r.cells.reduce((s, c) => s + c, 0) + r.own).toBe(r.item.amount);
    expect(table.totals.cells).toEqual(table.columns.map((id) => plan.planned.find((p) => p.id === id)!.amount));
    expect(table.totals.own).toBe(plan.ownShare);
    expect(table.totals.total).toBe(plan.totalCost);
    expect(table.shares.cells.reduce((s, c) => s + c, 0) + table.shares.own).toBeCloseTo(1, 10);
  });

  it('gives the chart each program and the own share', () => {
    const segments = chartSegments(table);
    expect(segments.map((s) => s.key)).toEqual([...table.columns, 'own']);
    expect(segments.reduce((s, x) => s + x.amount, 0)).toBe(plan.totalCost);
  });

  it('copes with an empty plan', () => {
    const empty = planTable({ items: [], allocations: [], planned: [], totalCost: 0 });
    expect(empty).toEqual({ columns: [], rows: [], totals: { cells: [], own: 0, total: 0 }, shares: { cells: [], own: 0 } });
    expect(planColumns({ planned: [] })).toEqual([]);
  });
});

describe('itemNames', () => {
  const name = (t: CostItem['type']) => ({ personal: 'Personalkosten', sach: 'Sachkosten', beratung: 'Beratung', investition: 'Investition' })[t];
  it('uses the label, else the type, and numbers names that would read the same', () => {
    const items: CostItem[] = [
      { id: 'a', type: 'personal', amount: 1 },
      { id: 'b', type: 'personal', amount: 1 },
      { id: 'c', type: 'sach', amount: 1, label: ' Flyer ' },
      { id: 'd', type: 'sach', amount: 1 },
      { id: 'e', type: 'personal', amount: 1, label: 'Personalkosten' },
    ];
    expect(itemNames(items, name)).toEqual(['Personalkosten (1)', 'Personalkosten (2)', 'Flyer', 'Sachkosten', 'Personalkosten (3)']);
  });
});
