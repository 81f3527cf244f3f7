import { describe, expect, it } from 'vitest';
import type { ProgramResult } from '../engine';
import { amountSortValue } from './amountText';
import { deadlineSortKey } from './deadlineText';
import { arrange, countByGroup, filterRows, groupOf, levelsOf, rowsOf, sortRows } from './resultList';
import { GEMEINDE_PFLEGE, testCatalogue, testEvaluation } from './testing';

const catalogue = testCatalogue();
const rows = rowsOf(catalogue, testEvaluation(GEMEINDE_PFLEGE));
const ids = (list: readonly { program: { id: string } }[]) => list.map((r) => r.program.id);

describe('groupOf', () => {
  const base = rows[0]!.result;
  const as = (patch: Partial<ProgramResult>): ProgramResult => ({ ...base, ...patch });
  it('maps eligible, unknown and ineligible to passt, passt vielleicht, passt nicht', () => {
    expect(groupOf(as({ status: 'eligible', validity: 'current' }))).toBe('fits');
    expect(groupOf(as({ status: 'unknown', validity: 'current' }))).toBe('maybe');
    expect(groupOf(as({ status: 'ineligible', validity: 'current' }))).toBe('not');
  });
  it('never lets an ended program fit, whatever its status says', () => {
    expect(groupOf(as({ status: 'eligible', validity: 'ended' }))).toBe('not');
    expect(groupOf(as({ status: 'unknown', validity: 'not_yet' }))).toBe('not');
  });
});

describe('the results of a municipality with a care project', () => {
  it('counts every program once', () => {
    const counts = countByGroup(rows);
    expect(counts.fits + counts.maybe + counts.not).toBe(catalogue.programs.length);
    expect(counts.fits).toBeGreaterThan(0);
  });

  it('lifts fitting advice offers out as the first step and shows each program once', () => {
    const lists = arrange(rows, 'fit', { phase: '', level: '' }, 'de');
    expect(ids(lists.firstStep)).toContain('fachberatung-quartier');
    for (const r of lists.firstStep) expect(['beratung', 'qualifizierung']).toContain(r.program.kind);
    const all = [...lists.firstStep, ...lists.fits, ...lists.maybe, ...lists.not].map((r) => r.program.id);
    expect(new Set(all).size).toBe(catalogue.programs.length);
    expect(ids(lists.fits)).toContain('quartiersimpulse');
    expect(ids(lists.not)).toContain('mehrgenerationenhaus');
    expect(lists.not.at(-1)?.result.validity).not.toBe('current');
  });

  it('filters by phase and funder level', () => {
    const bund = filterRows(rows, { phase: '', level: 'bund' });
    expect(bund.length).toBeGreaterThan(0);
    for (const r of bund) expect(r.program.level).toBe('bund');
    const invest = filterRows(rows, { phase: 'investition', level: '' });
    for (const r of invest) expect(r.program.phases).toContain('investition');
    const lists = arrange(rows, 'fit', { phase: 'investition', level: 'land' }, 'de');
    expect(lists.shown).toBe(filterRows(rows, { phase: 'investition', level: 'land' }).length);
    expect(lists.total).toBe(rows.length);
  });

  it('sorts by amount (highest first) and by deadline (soonest first)', () => {
    const byAmount = sortRows(rows, 'amount', 'de').map((r) => amountSortValue(r.result.amount));
    expect(byAmount).toEqual([...byAmount].sort((a, b) => b - a));
    const byDeadline = sortRows(rows, 'deadline', 'de').map((r) => deadlineSortKey(r.result.deadline));
    expect(byDeadline).toEqual([...byDeadline].sort());
  });

  it('sorts by fit: fewer failed and open criteria first, then money', () => {
    const sorted = sortRows(rows, 'fit', 'de');
    const running = sorted.filter((r) => r.result.validity === 'current');
    expect(sorted.slice(0, running.length)).toEqual(running);
    const score = running.map((r) => r.result.failed.length * 100 + r.result.open.length);
    expect(score).toEqual([...score].sort((a, b) => a - b));
    const fits = sorted.filter((r) => r.result.status === 'eligible').map((r) => amountSortValue(r.result.amount));
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
  });
});

describe('levelsOf', () => {
  it('lists the funder levels of the catalogue from EU down', () => {
    const levels = levelsOf(catalogue);
    expect(new Set(levels).size).toBe(levels.length);
    expect(levels.indexOf('bund')).toBeLessThan(levels.indexOf('land'));
  });
});
