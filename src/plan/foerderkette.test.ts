import { isOpenAmount } from '../engine';
import { describe, expect, it } from 'vitest';
import { planFinancing, type Program } from '../engine';
import { testCatalogue, testEvaluation } from '../results/testing';
import { chainPhase, foerderkette, PHASE_ORDER, phaseOrder } from './foerderkette';
import { GEMEINDE_LAND } from './testing';

const catalogue = testCatalogue();
const AS_OF = '2026-11-21';

describe('the Förderkette', () => {
  const evaluation = testEvaluation(GEMEINDE_LAND);
  const plan = planFinancing(catalogue, evaluation);
  const chain = foerderkette(catalogue, evaluation, plan, AS_OF);
  const entries = chain.flatMap((s) => s.entries);

  it('orders the steps along the phases, Beratung → Konzept → Beteiligung → Umsetzung → Investition → Verstetigung', () => {
    expect(phaseOrder(catalogue)).toEqual([...PHASE_ORDER, 'qualifizierung']);
    const ranks = chain.map((s) => phaseOrder(catalogue).indexOf(s.phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(chain.every((s) => s.entries.length > 0)).toBe(true);
  });

  it('holds the planned programs, those with an open amount and the advice to start with, each once', () => {
    const ids = entries.map((e) => e.programId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of plan.planned) expect(entries.find((e) => e.programId === p.id)?.role).toBe('planned');
    for (const l of plan.leftOut.filter(isOpenAmount)) expect(entries.find((e) => e.programId === l.programId)?.role).toBe('open');
    expect(entries.find((e) => e.programId === 'fachberatung-quartier')?.role).toBe('firstStep');
    // Left out for another reason, a loan, or not fitting: not in the chain.
    for (const id of ['elr', 'flaechen-gewinnen', 'kfw-ikk-barrierearme-stadt', 'aktion-mensch']) expect(ids).not.toContain(id);
  });

  it('puts advice first and investment late, with each deadline as of the day', () => {
    expect(chain[0]!.phase).toBe('information_beratung');
    const step = (id: string) => chain.find((s) => s.entries.some((e) => e.programId === id))!.phase;
    expect(step('fachberatung-quartier')).toBe('information_beratung');
    expect(step('staedtebaufoerderung')).toBe('investition');
    const rhythm = catalogue.programs.find((p) => p.id === 'quartiersimpulse')!.deadlines.rhythm;
    expect(entries.find((e) => e.programId === 'quartiersimpulse')!.deadline).toEqual({ state: 'passed', last: '2026-08-14', nextRound: 'unknown', rhythm });
  });

  it('places a program by the phase of the items it funds, else by the project phases', () => {
    const p = { phases: ['konzept_analyse', 'umsetzung', 'verstetigung'] } as unknown as Program;
    const order = phaseOrder(catalogue);
    expect(chainPhase(p, ['umsetzung', 'verstetigung'], [], order)).toBe('umsetzung');
    expect(chainPhase(p, ['investition'], [], order)).toBe('konzept_analyse');
    expect(chainPhase(p, ['konzept_analyse'], ['verstetigung', 'investition'], order)).toBe('verstetigung');
  });

  it('follows the items: a split item with a phase moves its program there', () => {
    const items = [
      { id: 'a', type: 'personal' as const, amount: 60000, phase: 'umsetzung' },
      { id: 'b', type: 'investition' as const, amount: 400000, phase: 'investition' },
    ];
    const p2 = planFinancing(catalogue, evaluation, { items });
    const c2 = foerderkette(catalogue, evaluation, p2, AS_OF);
    const funder = p2.allocations.find((a) => a.itemId === 'a')?.programId;
    expect(funder).toBe('kfw-432');
    // Without items of a phase, KfW 432 sits at its earliest phase the project has.
    expect(chain.find((s) => s.entries.some((e) => e.programId === 'kfw-432'))!.phase).toBe('konzept_analyse');
    expect(c2.find((s) => s.entries.some((e) => e.programId === 'kfw-432'))!.phase).toBe('umsetzung');
  });
});
