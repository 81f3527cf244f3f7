import { planFinancing, type Answers, type Catalogue, type CostItem, type Evaluation, type Fact, type Plan } from '../engine';
import { groupOf, type Group } from '../results/resultList';

/** One side of the comparison: its answers judged, and its financing plan. */
export interface Side {
  readonly evaluation: Evaluation;
  readonly plan: Plan;
}

export function sideOf(catalogue: Catalogue, evaluation: Evaluation, plan: { items?: readonly CostItem[] | undefined; pinned: readonly string[]; excluded: readonly string[] }): Side {
  return { evaluation, plan: planFinancing(catalogue, evaluation, { ...(plan.items ? { items: plan.items } : {}), pinned: plan.pinned, excluded: plan.excluded }) };
}

export interface ProgramCell {
  readonly group: Group;
  /** What the program pays in this side's plan; null when it is not in the plan. */
  readonly planned: number | null;
}
export interface ProgramRow {
  readonly id: string;
  readonly cells: readonly [ProgramCell, ProgramCell];
}

function cell(side: Side, id: string): ProgramCell {
  const result = side.evaluation.programs.find((r) => r.id === id);
  const planned = side.plan.planned.find((p) => p.id === id)?.amount ?? null;
  return { group: result ? groupOf(result) : 'not', planned };
}

/**
 * The programs that fit or may fit in at least one of the two sides, each with its group and its
 * amount in each plan: planned programs first (most money first), then the others, by id.
 */
export function programRows(catalogue: Catalogue, sides: readonly [Side, Side]): { rows: ProgramRow[]; neither: number } {
  const all = catalogue.programs.map((p) => ({ id: p.id, cells: [cell(sides[0], p.id), cell(sides[1], p.id)] as const }));
  const rows = all.filter((r) => r.cells.some((c) => c.group !== 'not'));
  const money = (r: ProgramRow) => Math.max(r.cells[0].planned ?? -1, r.cells[1].planned ?? -1);
  rows.sort((a, b) => money(b) - money(a) || a.id.localeCompare(b.id));
  return { rows, neither: all.length - rows.length };
}

/** The questions answered differently (or answered on one side only), in questionnaire order. */
export function differingAnswers(catalogue: Catalogue, a: Answers, b: Answers): Fact[] {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  return catalogue.facts.filter((f) => f.question && !f.derived_from && (a[f.id] !== undefined || b[f.id] !== undefined) && !same(a[f.id], b[f.id]));
}
