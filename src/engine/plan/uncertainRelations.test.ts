import { describe, expect, it } from 'vitest';
import { buildCatalogue, dedent, programYaml } from '../testing/catalogueFixture';
import { evaluate } from '../evaluate';
import { planFinancing } from './plan';

/** Two Vereins programs paying 50 % of Sachkosten up to 2.000 € each (so both are needed), and the relations between them under test. */
const program = (id: string) =>
  programYaml(
    id,
    `
    criteria:
      - id: verein
        text: { de: Vereine., en: Associations. }
        source: richtlinie
        rule: { fact: antragsteller, in: [verein] }
    amount:
      cost_types: [sach]
      own_share_min: none
      tiers:
        - quota: 0.5
          min: none
          max: 2000
          source: richtlinie
    `,
  );

const relations = (uncertain: boolean) =>
  dedent(`
    relations:
      - id: nur-mit-kommune
        type: requires_cofinancing
        program: a
        by: kommune
        ratio: 1
        text: { de: Braucht einen kommunalen Zuschuss., en: Needs a municipal grant. }
        source: { id: q, reference: Richtlinie, stand: "2026", official: true }
        ${uncertain ? 'uncertain: { de: Die Quelle sagt "Land und/oder Kommune"., en: The source says "state and/or municipality". }' : ''}
      - id: nie-zusammen
        type: exclusion
        a: a
        b: b
        scope: always
        text: { de: Nie zusammen., en: Never together. }
        source: { id: q2, reference: Richtlinie, stand: "2026", official: true }
        ${uncertain ? 'uncertain: { de: Unklar ob das ganze Vorhaben gemeint ist., en: Unclear whether the whole project is meant. }' : ''}
  `);

const answers = { antragsteller: 'verein', massnahmen: ['begegnungsort'], kosten_sach: 8000 };
const items = [
  { id: 'raum', type: 'sach' as const, amount: 4000 },
  { id: 'feste', type: 'sach' as const, amount: 4000 },
];

function planWith(uncertain: boolean) {
  const catalogue = buildCatalogue([program('a'), program('b')], relations(uncertain));
  return planFinancing(catalogue, evaluate(catalogue, answers, { asOf: '2026-12-03' }), { items });
}

describe('relations the sources leave uncertain', () => {
  it('sure relations act: no municipal grant sets the program aside, the exclusion keeps the two apart', () => {
    const p = planWith(false);
    expect(p.leftOut.find((l) => l.programId === 'a')?.reason).toBe('needs_municipal_grant');
    expect(p.programs).toEqual(['b']);
  });

  it('uncertain ones never exclude: both programs are planned, each relation becomes a caution to clear', () => {
    const p = planWith(true);
    expect([...p.programs].sort()).toEqual(['a', 'b']);
    expect(p.leftOut.some((l) => l.reason === 'needs_municipal_grant')).toBe(false);
    // The 1:1 matching is not applied as a cap either: a pays its full 50 %.
    expect(p.planned.find((x) => x.id === 'a')?.amount).toBe(2000);
    const cautions = p.cautions.map((c) => `${c.programs.join('+')}:${c.relation.id}`).sort();
    expect(cautions).toEqual(['a+b:nie-zusammen', 'a:nur-mit-kommune']);
  });
});
