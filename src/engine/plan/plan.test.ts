import { describe, expect, it } from 'vitest';
import { loadGemeinden, loadRules } from '../../cli/nodeRules';
import { evaluate } from '../evaluate';
import type { Answers } from '../types';
import { planFinancing } from './plan';

const catalogue = loadRules().catalogue!;
const gemeinden = loadGemeinden();
const asOf = '2026-11-21';

/** A rural Gemeinde in a Sanierungsgebiet with a care-and-participation project and a building part. */
const GEMEINDE: Answers = {
  antragsteller: 'gemeinde',
  ags: '08116036',
  handlungsfelder: ['pflege_gesundheit', 'beteiligung_engagement'],
  phasen: ['konzept_analyse', 'beteiligung', 'umsetzung', 'investition'],
  zielgruppen: ['aeltere'],
  gemeinderatsbeschluss: true,
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: true,
  externe_beratung: true,
  bereits_begonnen: false,
  laendlicher_raum: true,
  sanierungsgebiet: true,
  kosten_personal: 60000,
  kosten_sach: 25000,
  kosten_beratung: 15000,
  kosten_investition: 200000,
};
const plan = (answers: Answers, options = {}) => planFinancing(catalogue, evaluate(catalogue, answers, { asOf, gemeinden }), options);

describe('the financing plan on the real catalogue', () => {
  const p = plan(GEMEINDE);

  it('funds each item at most once and never above its cost', () => {
    for (const item of p.items) {
      const on = p.allocations.filter((a) => a.itemId === item.id);
      expect(on.length).toBeLessThanOrEqual(1);
      expect(on.reduce((s, a) => s + a.amount, 0)).toBeLessThanOrEqual(item.amount);
    }
    expect(p.total + p.ownShare).toBe(p.totalCost);
    expect(p.totalCost).toBe(300000);
  });

  it('only plans programs that fit or may fit, and keeps to their caps', () => {
    const ev = evaluate(catalogue, GEMEINDE, { asOf, gemeinden });
    for (const x of p.planned) {
      const r = ev.programs.find((q) => q.id === x.id)!;
      expect(r.status).not.toBe('ineligible');
      if (r.amount.kind === 'money' && r.amount.max !== null) expect(x.amount).toBeLessThanOrEqual(r.amount.max);
    }
  });

  it('does not count Quartiersimpulse as money while no source states its quota (Betrag offen)', () => {
    expect(p.programs).not.toContain('quartiersimpulse');
    expect(p.leftOut.find((l) => l.programId === 'quartiersimpulse')?.reason).toBe('quota_unknown');
  });

  it('plans programs whose quota is known at their caps', () => {
    const stbf = p.planned.find((x) => x.id === 'staedtebaufoerderung')!;
    expect(stbf.amount).toBe(120000); // 60 % of the 200,000 € investment
  });

  it('explains ELR left out with the rule that names it (no two Land programs on one item)', () => {
    const elr = p.leftOut.find((l) => l.programId === 'elr')!;
    expect(elr.reason).toBe('items_taken');
    expect(elr.relation?.id).toBe('elr-keine-zwei-landesprogramme');
    expect(elr.relation?.source.stand).toBeTruthy();
  });

  it('sets aside programs with unknown amounts and loans instead of counting them as money', () => {
    expect(p.leftOut.find((l) => l.programId === 'kfw-ikk-barrierearme-stadt')?.reason).toBe('loan');
    expect(p.leftOut.find((l) => l.programId === 'ausgleichstock')?.reason).toBe('amount_unknown');
    expect(p.allocations.some((a) => a.programId === 'kfw-ikk-barrierearme-stadt' || a.programId === 'ausgleichstock')).toBe(false);
  });

  it('recomputes without an excluded program and with a pinned one', () => {
    const without = plan(GEMEINDE, { excluded: ['quartiersimpulse'] });
    expect(without.programs).not.toContain('quartiersimpulse');
    expect(without.leftOut.find((l) => l.programId === 'quartiersimpulse')?.reason).toBe('user_excluded');
    expect(without.total).toBeLessThanOrEqual(p.total);
    const pinned = plan(GEMEINDE, { pinned: ['elr'] });
    expect(pinned.programs).toContain('elr');
    expect(pinned.pinsHonoured).toBe(true);
    expect(pinned.total).toBeLessThanOrEqual(p.total);
  });

  it('offers up to two distinct alternatives, each without one planned program', () => {
    expect(p.alternatives.length).toBeGreaterThan(0);
    expect(p.alternatives.length).toBeLessThanOrEqual(2);
    for (const a of p.alternatives) {
      expect(a.programs).not.toContain(a.without);
      expect(p.programs).toContain(a.without);
      expect(a.total).toBeLessThanOrEqual(p.total);
    }
  });

  it('keeps Pflege engagiert out of the money plan while the municipal grant is not confirmed', () => {
    const verein = plan({ antragsteller: 'verein', gemeinnuetzig: true, handlungsfelder: ['pflege_gesundheit'], phasen: ['umsetzung'], zielgruppen: ['pflegebeduerftige'], kosten_personal: 20000, kosten_sach: 5000, kosten_beratung: 0, kosten_investition: 0 });
    expect(verein.programs).not.toContain('pflege-engagiert');
    const left = verein.leftOut.find((l) => l.programId === 'pflege-engagiert');
    expect(left).toMatchObject({ reason: 'needs_municipal_grant', relationId: 'pflege-engagiert-kommunaler-zuschuss' });
  });

  it('computes the share of public money', () => {
    expect(p.publicShare).toBeGreaterThan(0);
    expect(p.publicShare).toBeLessThanOrEqual(p.total / p.totalCost + 1e-9);
  });

  it('plans nothing without costs, and says why nothing', () => {
    const empty = plan({ antragsteller: 'gemeinde' });
    expect(empty.items).toEqual([]);
    expect(empty.total).toBe(0);
  });
});
