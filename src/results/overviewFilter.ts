import { evaluate, type Catalogue, type Program } from '../engine';

/** An empty string means "all". */
export interface OverviewFilters {
  readonly applicant: string;
  readonly handlungsfeld: string;
  readonly level: string;
}

/**
 * The programs open to an applicant type: those that answering `antragsteller` alone does not
 * make ineligible (every other question still open). A program that has ended is open to nobody.
 */
export function programsFor(catalogue: Catalogue, applicant: string, asOf: string): Set<string> {
  const evaluation = evaluate(catalogue, { antragsteller: applicant }, { asOf });
  return new Set(evaluation.programs.filter((r) => r.status !== 'ineligible').map((r) => r.id));
}

/** The programs of the classic overview that pass the filters, in catalogue order. */
export function filterOverview(catalogue: Catalogue, filters: OverviewFilters, asOf: string): Program[] {
  const open = filters.applicant ? programsFor(catalogue, filters.applicant, asOf) : undefined;
  return catalogue.programs.filter(
    (p) =>
      (!open || open.has(p.id)) &&
      (!filters.handlungsfeld || p.handlungsfelder.includes(filters.handlungsfeld)) &&
      (!filters.level || p.level === filters.level),
  );
}
