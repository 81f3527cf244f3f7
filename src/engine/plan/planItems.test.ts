import { describe, expect, it } from 'vitest';
import { buildCatalogue, programYaml } from '../testing/catalogueFixture';
import { evaluate } from '../evaluate';
import { planFinancing } from './plan';

/** A small-projects budget (total under 20,000 €, 80 %, "passt vielleicht" while the LAG area is open) and an ELR-like 40 % program that fits. */
const klein = programYaml(
  'kleinprojekte',
  `
  criteria:
    - id: kleinprojekt
      text: { de: "Gesamtkosten unter 20.000 €.", en: "Total cost under €20,000." }
      source: richtlinie
      rule: { fact: kosten_gesamt, max: 19999 }
    - id: gebiet
      text: { de: Im Aktionsgebiet., en: In the action area. }
      source: richtlinie
      rule: { fact: leader_gebiet, is: true }
  amount:
    cost_types: [personal, sach, beratung, investition]
    own_share_min: none
    tiers:
      - { quota: 0.8, min: none, max: none, source: richtlinie }
  `,
);
const elr = programYaml(
  'dorf',
  `
  criteria:
    - id: gemeinde
      text: { de: Gemeinden., en: Municipalities. }
      source: richtlinie
      rule: { fact: antragsteller, in: [gemeinde] }
  amount:
    cost_types: [investition]
    own_share_min: none
    tiers:
      - { quota: 0.4, min: none, max: 750000, source: richtlinie }
  `,
);
const catalogue = buildCatalogue([klein, elr]);
const asOf = '2026-12-03';
const answers = (investition: number) => ({
  antragsteller: 'gemeinde',
  kosten_personal: 0,
  kosten_sach: 0,
  kosten_beratung: 0,
  kosten_investition: investition,
});

describe('the plan judges eligibility on its own cost items', () => {
  it('a 240,000 € project: the program that fits is planned, the small-projects budget is not (Kohlberg)', () => {
    const ev = evaluate(catalogue, answers(240000), { asOf });
    expect(ev.programs.find((p) => p.id === 'kleinprojekte')?.status).toBe('ineligible');
    const plan = planFinancing(catalogue, ev);
    expect(plan.allocations).toEqual([{ programId: 'dorf', itemId: 'investition', amount: 96000 }]);
  });

  it('an item raised to 1,000,000 € in the editor takes the small-projects budget out of the plan, with the reason', () => {
    const ev = evaluate(catalogue, { ...answers(15000), leader_gebiet: true }, { asOf });
    expect(ev.programs.find((p) => p.id === 'kleinprojekte')?.status).toBe('eligible');
    const small = planFinancing(catalogue, ev);
    expect(small.planned.map((p) => p.id)).toEqual(['kleinprojekte']);
    const big = planFinancing(catalogue, ev, { items: [{ id: 'bau', type: 'investition', amount: 1000000 }] });
    expect(big.programs).toEqual(['dorf']);
    const left = big.leftOut.find((l) => l.programId === 'kleinprojekte');
    expect(left?.reason).toBe('items_do_not_fit');
    expect(left?.failed?.map((c) => c.id)).toEqual(['kleinprojekt']);
  });

  it('a "passt vielleicht" program never displaces one that fits, though it would pay more', () => {
    // 15,000 € and the LAG area unanswered: Kleinprojekte may fit (80 % = 12,000 €), dorf fits (40 % = 6,000 €).
    const ev = evaluate(catalogue, answers(15000), { asOf });
    expect(ev.programs.map((p) => [p.id, p.status])).toEqual([
      ['dorf', 'eligible'],
      ['kleinprojekte', 'unknown'],
    ]);
    const plan = planFinancing(catalogue, ev);
    expect(plan.planned.map((p) => [p.id, p.amount, p.status])).toEqual([['dorf', 6000, 'eligible']]);
  });
});
