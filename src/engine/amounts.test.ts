import { describe, expect, it } from 'vitest';
import { costOf } from './index';
import { kommunal, verein, deckel, money, range, tierProgram } from './testing/amountFixture';
import { singleProgram } from './testing/catalogueFixture';
import type { Answers } from './types';

describe('costOf', () => {
  it('is unknown until some cost is answered', () => {
    expect(costOf({}, ['sach'])).toBeNull();
    expect(costOf({ antragsteller: 'gemeinde' }, ['sach', 'personal'])).toBeNull();
  });

  it('sums the given cost types; once any cost is answered, unanswered types count 0', () => {
    const answers = { kosten_personal: 1000, kosten_sach: 250, kosten_investition: 9000 };
    expect(costOf(answers, ['personal', 'sach'])).toBe(1250);
    expect(costOf(answers, ['beratung'])).toBe(0);
    expect(costOf({ kosten_investition: 10 }, ['sach'])).toBe(0);
  });

  it('ignores negative, non-finite and ill-typed costs', () => {
    expect(costOf({ kosten_sach: -5 }, ['sach'])).toBeNull();
    expect(costOf({ kosten_sach: Number.NaN, kosten_personal: Number.POSITIVE_INFINITY }, ['sach'])).toBeNull();
    expect(costOf({ kosten_sach: '100' } as unknown as Answers, ['sach'])).toBeNull();
    expect(costOf({ kosten_sach: '100', kosten_personal: 7 } as unknown as Answers, ['sach', 'personal'])).toBe(7);
  });
});

describe('tiers per applicant', () => {
  it('a Gemeinde gets its own tier, a Landkreis the other (costs unknown → tier min and max)', () => {
    const g = money(kommunal, { antragsteller: 'gemeinde' });
    expect(range(g)).toEqual([20000, 85000]);
    expect(g.notes).toContain('cost_unknown');
    expect(g.notes).not.toContain('applicant_unknown');
    expect(range(money(kommunal, { antragsteller: 'stadtkreis' }))).toEqual([20000, 85000]);
    expect(range(money(kommunal, { antragsteller: 'landkreis' }))).toEqual([40000, 115000]);
    expect(range(money(kommunal, { antragsteller: 'kommunaler_verbund' }))).toEqual([40000, 115000]);
  });

  it('while the applicant is unknown, the range spans all tiers', () => {
    const r = money(kommunal, {});
    expect(range(r)).toEqual([20000, 115000]);
    expect(r.notes).toEqual(expect.arrayContaining(['applicant_unknown', 'cost_unknown', 'quota_unknown']));
    // An ill-typed applicant is as good as none.
    expect(range(money(kommunal, { antragsteller: 3 } as unknown as Answers))).toEqual([20000, 115000]);
  });

  it('an applicant no tier names gets no amount (no_tier)', () => {
    const r = money(kommunal, { antragsteller: 'verein', kosten_sach: 50000 });
    expect(range(r)).toEqual([null, null]);
    expect(r.notes).toContain('no_tier');
  });

  it('the default tier applies to every applicant, known or not', () => {
    expect(range(money(verein, { kosten_sach: 1000 }))).toEqual([800, 800]);
    expect(range(money(verein, { antragsteller: 'verein', kosten_sach: 1000 }))).toEqual([800, 800]);
    expect(money(verein, {}).notes).not.toContain('applicant_unknown');
  });

  it('with applicant tiers and a default tier, unknown applicants see both, others fall back to the default', () => {
    const { program } = singleProgram(
      'zwei-stufen',
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
          - applicants: [verein]
            quota: 0.9
            min: none
            max: 1000
            source: richtlinie
          - quota: 0.5
            min: none
            max: 10000
            source: richtlinie
      `,
    );
    expect(range(money(program, { antragsteller: 'verein', kosten_sach: 4000 }))).toEqual([1000, 1000]);
    expect(range(money(program, { antragsteller: 'gemeinde', kosten_sach: 4000 }))).toEqual([2000, 2000]);
    const open = money(program, { kosten_sach: 4000 });
    expect(range(open)).toEqual([1000, 2000]);
    expect(open.notes).toContain('applicant_unknown');
    expect(open.quota).toEqual({ min: 0.5, max: 0.9 });
  });
});

describe('tier conditions (when), tried in order', () => {
  const { program: stufen } = singleProgram(
    'stufen',
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
        - applicants: [gemeinde]
          when: { fact: leistungsschwach, is: true }
          quota: 0.9
          min: none
          max: 90000
          source: richtlinie
        - applicants: [gemeinde, stadtkreis]
          quota: 0.5
          min: none
          max: 50000
          source: richtlinie
        - quota: 0.3
          min: none
          max: 10000
          source: richtlinie
    `,
  );
  const COST = { kosten_sach: 100000 };

  it('the first tier whose applicants and condition are met decides', () => {
    const r = money(stufen, { ...COST, antragsteller: 'gemeinde', leistungsschwach: true });
    expect(range(r)).toEqual([90000, 90000]);
    expect(r.notes).toEqual([]);
    expect(range(money(stufen, { ...COST, antragsteller: 'gemeinde', leistungsschwach: false }))).toEqual([50000, 50000]);
    expect(range(money(stufen, { ...COST, antragsteller: 'stadtkreis', leistungsschwach: true }))).toEqual([50000, 50000]);
    expect(range(money(stufen, { ...COST, antragsteller: 'verein' }))).toEqual([10000, 10000]);
  });

  it('an open condition widens the range to the next sure tier (tier_open)', () => {
    const r = money(stufen, { ...COST, antragsteller: 'gemeinde' });
    expect(range(r)).toEqual([50000, 90000]);
    expect(r.notes).toContain('tier_open');
    expect(r.quota).toEqual({ min: 0.5, max: 0.9 });
  });

  it('an open applicant spans every tier up to the default one (applicant_unknown)', () => {
    const r = money(stufen, COST);
    expect(range(r)).toEqual([10000, 90000]);
    expect(r.notes).toContain('applicant_unknown');
  });
});

describe('quota', () => {
  it('a single quota: quota × eligible costs, rounded down to whole euros', () => {
    const r = money(verein, { kosten_sach: 3333 });
    expect(range(r)).toEqual([2666, 2666]);
    expect(r.quota).toEqual({ min: 0.8, max: 0.8 });
    expect(r.eligibleCost).toBe(3333);
    expect(r.notes).toEqual([]);
  });

  it('counts only the cost types the program pays for', () => {
    const r = money(verein, { kosten_sach: 2000, kosten_beratung: 1000, kosten_personal: 50000, kosten_investition: 90000 });
    expect(r.eligibleCost).toBe(3000);
    expect(range(r)).toEqual([2400, 2400]);
  });

  it('caps at the tier max', () => {
    expect(range(money(verein, { kosten_sach: 100000 }))).toEqual([5000, 5000]);
  });

  it('a quota range gives a range of amounts', () => {
    const r = money(deckel, { kosten_sach: 20000 });
    expect(r.quota).toEqual({ min: 0.5, max: 0.9 });
    // 0.9 × 20 000 = 18 000, but the own share of 20 % leaves at most 16 000.
    expect(range(r)).toEqual([10000, 16000]);
  });

  it('quota unknown with caps: from the tier min up to the costs, never above the tier max', () => {
    const r = money(kommunal, { antragsteller: 'gemeinde', kosten_sach: 50000 });
    expect(range(r)).toEqual([20000, 50000]);
    expect(r.quota).toBeNull();
    expect(r.notes).toContain('quota_unknown');
    expect(r.notes).not.toContain('cost_unknown');
    expect(range(money(kommunal, { antragsteller: 'gemeinde', kosten_personal: 150000, kosten_beratung: 50000 }))).toEqual([20000, 85000]);
  });

  it('quota and max unknown, costs known: the max stays unknown', () => {
    const p = tierProgram('quota: unknown, min: none, max: unknown');
    const r = money(p, { kosten_sach: 10000 });
    expect(r.max).toBeNull();
    expect(r.notes).toEqual(expect.arrayContaining(['quota_unknown', 'max_unknown']));
  });

  it('a known quota still limits the amount when the tier max is unknown', () => {
    const p = tierProgram('quota: 0.5, min: unknown, max: unknown');
    const r = money(p, { kosten_sach: 10000 });
    expect(r.max).toBe(5000);
    expect(r.min).toBe(5000);
    expect(r.notes).toEqual(expect.arrayContaining(['max_unknown', 'min_unknown']));
    expect(r.notes).not.toContain('below_minimum');
  });
});

