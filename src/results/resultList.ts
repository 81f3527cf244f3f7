import type { Catalogue, Evaluation, Program, ProgramResult } from '../engine';
import { amountSortValue } from './amountText';
import { deadlineSortKey } from './deadlineText';
import type { Lang } from './format';

/** passt / passt vielleicht / passt nicht. */
export type Group = 'fits' | 'maybe' | 'not';
/** "Passung & Betrag", "Betrag", "Frist". */
export type SortOrder = 'fit' | 'amount' | 'deadline';
/** An empty string means "all". */
export interface Filters {
  readonly phase: string;
  readonly level: string;
}

/** One program with its result. */
export interface Row {
  readonly program: Program;
  readonly result: ProgramResult;
}

export interface Arranged {
  /** Advice and training offers that fit or may fit: the first step, shown before the groups. */
  readonly firstStep: readonly Row[];
  readonly fits: readonly Row[];
  readonly maybe: readonly Row[];
  readonly not: readonly Row[];
  /** Programs left after filtering, and before. */
  readonly shown: number;
  readonly total: number;
}

/** Each result with its program, in catalogue order. */
export function rowsOf(catalogue: Catalogue, evaluation: Evaluation): Row[] {
  const byId = new Map(catalogue.programs.map((p) => [p.id, p]));
  return evaluation.programs.flatMap((result) => {
    const program = byId.get(result.id);
    return program ? [{ program, result }] : [];
  });
}

/** The group of a result; a program that has ended (or not begun) never fits. */
export function groupOf(result: ProgramResult): Group {
  if (result.validity !== 'current' || result.status === 'ineligible') return 'not';
  return result.status === 'eligible' ? 'fits' : 'maybe';
}

/** How many programs fit, may fit and do not fit. */
export function countByGroup(rows: readonly Row[]): Record<Group, number> {
  const counts: Record<Group, number> = { fits: 0, maybe: 0, not: 0 };
  for (const r of rows) counts[groupOf(r.result)] += 1;
  return counts;
}

const isAdvice = (p: Program) => p.kind === 'beratung' || p.kind === 'qualifizierung';

export function filterRows(rows: readonly Row[], filters: Filters): Row[] {
  return rows.filter(
    (r) => (!filters.phase || r.program.phases.includes(filters.phase)) && (!filters.level || r.program.level === filters.level),
  );
}

const byName = (lang: Lang) => (a: Row, b: Row) => a.program.name[lang].localeCompare(b.program.name[lang], lang);
const byAmount = (a: Row, b: Row) => amountSortValue(b.result.amount) - amountSortValue(a.result.amount);
const byDeadline = (a: Row, b: Row) => deadlineSortKey(a.result.deadline).localeCompare(deadlineSortKey(b.result.deadline));
// Closer to fitting first: running programs, then fewer failed, then fewer open criteria.
const ended = (r: Row) => (r.result.validity === 'current' ? 0 : 1);
const byFit = (a: Row, b: Row) =>
  ended(a) - ended(b) || a.result.failed.length - b.result.failed.length || a.result.open.length - b.result.open.length;

/** Sorts within a group: by fit then money, by money, or by the soonest deadline; ties by name. */
export function sortRows(rows: readonly Row[], order: SortOrder, lang: Lang): Row[] {
  const name = byName(lang);
  const compare =
    order === 'amount'
      ? (a: Row, b: Row) => byAmount(a, b) || name(a, b)
      : order === 'deadline'
        ? (a: Row, b: Row) => byDeadline(a, b) || byAmount(a, b) || name(a, b)
        : (a: Row, b: Row) => byFit(a, b) || byAmount(a, b) || name(a, b);
  return [...rows].sort(compare);
}

/** The results page's lists: filtered, the first step lifted out, each group sorted. */
export function arrange(rows: readonly Row[], order: SortOrder, filters: Filters, lang: Lang): Arranged {
  const kept = sortRows(filterRows(rows, filters), order, lang);
  const firstStep = kept.filter((r) => isAdvice(r.program) && groupOf(r.result) !== 'not');
  const rest = kept.filter((r) => !firstStep.includes(r));
  return {
    firstStep,
    fits: rest.filter((r) => groupOf(r.result) === 'fits'),
    maybe: rest.filter((r) => groupOf(r.result) === 'maybe'),
    not: rest.filter((r) => groupOf(r.result) === 'not'),
    shown: kept.length,
    total: rows.length,
  };
}

const LEVEL_ORDER: Record<Program['level'], number> = { eu: 0, bund: 1, land: 2, kommune: 3, stiftung_lotterie: 4 };

/** The funder levels that occur in the catalogue, from EU down to foundations. */
export function levelsOf(catalogue: Catalogue): Program['level'][] {
  return [...new Set(catalogue.programs.map((p) => p.level))].sort((a, b) => LEVEL_ORDER[a] - LEVEL_ORDER[b]);
}
