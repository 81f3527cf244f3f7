import { describe, expect, it } from 'vitest';
import { amountFor } from './index';
import { catalogue, kommunal, verein, klein, deckel, monatlich, money, range, tierProgram } from './testing/amountFixture';
import { singleProgram, programOf } from './testing/catalogueFixture';
import type { Answers } from './types';

describe('fixed and per-unit amounts', () => {
  it('a fixed amount is the amount, whatever the quota', () => {
    const r = money(klein, { kosten_investition: 10000 });
    expect(range(r)).toEqual([3000, 3000]);
    expect(r.notes).toEqual([]);
  });

  it('a fixed amount with costs unknown is still known, with the note', () => {
    const r = money(klein, {});
    expect(range(r)).toEqual([3000, 3000]);
    expect(r.notes).toContain('cost_unknown');
  });

  it('a fixed amount is never above the eligible costs', () => {
    expect(range(money(klein, { kosten_investition: 1200 }))).toEqual([1200, 1200]);
  });

  it('per unit: units × euros, capped by the tier max and the costs', () => {
    expect(range(money(monatlich, { laufzeit_monate: 12 }))).toEqual([6000, 6000]);
    expect(range(money(monatlich, { laufzeit_monate: 100 }))).toEqual([30000, 30000]);
    expect(range(money(monatlich, { laufzeit_monate: 12, kosten_personal: 4000 }))).toEqual([4000, 4000]);
    expect(range(money(monatlich, { laufzeit_monate: 12, kosten_personal: 40000 }))).toEqual([6000, 6000]);
  });

  it('per unit with the units unknown or ill-typed: unknown amount, units_unknown', () => {
    for (const answers of [{}, { laufzeit_monate: 'zwölf' }, { laufzeit_monate: -3 }] as unknown as Answers[]) {
      const r = money(monatlich, answers);
      expect(range(r)).toEqual([null, null]);
      expect(r.notes).toContain('units_unknown');
    }
  });
});

describe('own share and cost type caps', () => {
  it('own_share_min leaves at least that share of the costs to the applicant', () => {
    const r = money(deckel, { kosten_sach: 10000 });
    expect(r.max).toBe(8000);
    expect(r.min).toBe(5000);
    // The own share only bites where the quota would leave less.
    expect(range(money(verein, { kosten_sach: 1000 }))).toEqual([800, 800]);
  });

  it('own_share_min binds even a tier without quota', () => {
    const p = tierProgram('quota: unknown, min: none, max: 100000');
    const withShare = singleProgram(
      'eigenanteil',
      `
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      amount:
        cost_types: [sach]
        own_share_min: 0.25
        tiers:
          - { quota: unknown, min: none, max: 100000, source: richtlinie }
      `,
    ).program;
    expect(money(p, { kosten_sach: 10000 }).max).toBe(10000);
    expect(money(withShare, { kosten_sach: 10000 }).max).toBe(7500);
  });

  it('personal costs count at most 40 % of the grant (GeiBW)', () => {
    // 10 000 personal + 6 000 sach: personal may be 40 % of the eligible cost, so 4 000 of it counts.
    const r = money(deckel, { kosten_personal: 10000, kosten_sach: 6000 });
    expect(r.eligibleCost).toBeCloseTo(10000, 6);
    expect(range(r)).toEqual([5000, 8000]);
    const personalShare = (r.eligibleCost! - 6000) / r.eligibleCost!;
    expect(personalShare).toBeCloseTo(0.4, 9);
  });

  it('a personal share already under 40 % is not cut', () => {
    const r = money(deckel, { kosten_personal: 3000, kosten_sach: 7000 });
    expect(r.eligibleCost).toBe(10000);
  });

  it('personal costs alone cannot be funded when the cap is 40 % of the grant', () => {
    const r = money(deckel, { kosten_personal: 10000 });
    expect(r.eligibleCost).toBe(0);
    expect(range(r)).toEqual([0, 0]);
  });

  it('a cap on a cost type the program does not pay for changes nothing', () => {
    const { program } = singleProgram(
      'fremder-deckel',
      `
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      amount:
        cost_types: [sach]
        own_share_min: none
        cost_type_caps:
          - { cost_type: personal, max_share: 0.1, source: richtlinie }
        tiers:
          - { quota: 1, min: none, max: none, source: richtlinie }
      `,
    );
    const r = money(program, { kosten_sach: 5000, kosten_personal: 5000 });
    expect(r.eligibleCost).toBe(5000);
    expect(range(r)).toEqual([5000, 5000]);
  });
});

describe('below the program minimum', () => {
  it('quota unknown: costs below the tier min give 0–0 with below_minimum', () => {
    const r = money(kommunal, { antragsteller: 'gemeinde', kosten_sach: 10000 });
    expect(range(r)).toEqual([0, 0]);
    expect(r.notes).toContain('below_minimum');
  });

  it('quota known: quota × costs below the tier min give 0–0 with below_minimum', () => {
    const r = money(verein, { kosten_sach: 500 });
    expect(range(r)).toEqual([0, 0]);
    expect(r.notes).toContain('below_minimum');
    // Exactly the minimum is fine: 0.8 × 625 = 500.
    expect(range(money(verein, { kosten_sach: 625 }))).toEqual([500, 500]);
  });

  it('costs of zero are below any minimum', () => {
    const r = money(kommunal, { antragsteller: 'landkreis', kosten_investition: 100000 });
    expect(r.eligibleCost).toBe(0);
    expect(range(r)).toEqual([0, 0]);
    expect(r.notes).toContain('below_minimum');
  });

  it('with costs unknown nothing is below the minimum yet', () => {
    expect(money(verein, {}).notes).not.toContain('below_minimum');
    expect(range(money(verein, {}))).toEqual([500, 5000]);
  });

  /**
   * Engine bug (amounts.ts, tierRange): with an unknown quota and an unknown (or no) tier max,
   * `hi` stays null, so the below-minimum check (`hi !== null && …`) never runs and `lo` is the
   * tier min unchanged: a program whose smallest grant is 20 000 € is shown as paying
   * "20 000 € – unknown" for a project with 1 000 € of eligible costs, although a grant can
   * never exceed the costs. Expected 0–0 with `below_minimum`, as with a known tier max.
   */
  it('quota and max unknown: costs below the tier min still give 0–0 with below_minimum', () => {
    for (const max of ['unknown', 'none']) {
      const p = tierProgram(`quota: unknown, min: 20000, max: ${max}`);
      const r = money(p, { kosten_sach: 1000 });
      expect(r.eligibleCost).toBe(1000);
      expect(r.notes).toContain('below_minimum');
      expect(range(r)).toEqual([0, 0]);
    }
  });
});

describe('notes and flags', () => {
  it('no notes when everything is known', () => {
    expect(money(verein, { kosten_sach: 2000 }).notes).toEqual([]);
  });

  it('each note appears once, even over several tiers', () => {
    const r = money(kommunal, {});
    expect(new Set(r.notes).size).toBe(r.notes.length);
  });

  it('unknown min and max are reported; min "none" is 0', () => {
    const r = money(tierProgram('quota: unknown, min: unknown, max: unknown'), {});
    expect(range(r)).toEqual([null, null]);
    expect(r.notes).toEqual(expect.arrayContaining(['min_unknown', 'max_unknown', 'quota_unknown', 'cost_unknown']));
    const none = money(tierProgram('quota: unknown, min: none, max: 2000'), {});
    expect(range(none)).toEqual([0, 2000]);
    expect(none.notes).not.toContain('min_unknown');
  });

  it('an uncertain tier marks the amount as uncertain', () => {
    const p = tierProgram('quota: 0.5, min: none, max: 1000');
    expect(money(p, {}).uncertain).toBe(false);
    const u = singleProgram(
      'unsicher',
      `
      criteria:
        - id: alle
          text: { de: Alle., en: Everyone. }
          source: richtlinie
          rule: { fact: buergerbeteiligung, is: true }
      amount:
        cost_types: [sach]
        own_share_min: none
        tiers:
          - quota: 0.5
            min: none
            max: 1000
            source: faq
            uncertain: { de: Nur aus der FAQ., en: From the FAQ only. }
      `,
    ).program;
    expect(money(u, {}).uncertain).toBe(true);
  });

  it('advice without money has no amount', () => {
    expect(amountFor(programOf(catalogue, 'beratung-alter'), { kosten_sach: 1000 }, catalogue)).toEqual({ kind: 'none' });
  });

  it('amounts are whole euros', () => {
    for (const p of catalogue.programs) {
      const r = amountFor(p, { antragsteller: 'gemeinde', kosten_personal: 12345, kosten_sach: 6789, laufzeit_monate: 7 }, catalogue);
      if (r.kind === 'money') {
        for (const v of [r.min, r.max]) if (v !== null) expect(Number.isInteger(v)).toBe(true);
      }
    }
  });
});
