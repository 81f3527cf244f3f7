import { amountFor, type AmountResult } from '../index';
import type { Answers, Program } from '../types';
import { fixtureCatalogue, programOf, singleProgram } from './catalogueFixture';

/** Shared programs and helpers of the amount tests. */
export const catalogue = fixtureCatalogue();
export const kommunal = programOf(catalogue, 'kommunal-impuls');
export const verein = programOf(catalogue, 'verein-mikro');
export const klein = programOf(catalogue, 'kleine-gemeinde');
export const deckel = programOf(catalogue, 'personal-deckel');
export const monatlich = programOf(catalogue, 'monatlich');

export type Money = Extract<AmountResult, { kind: 'money' }>;
export function money(p: Program, answers: Answers): Money {
  // Tier conditions only read the shared conditions, which every test catalogue has alike.
  const r = amountFor(p, answers, catalogue);
  if (r.kind !== 'money') throw new Error(`${p.id} has no money amount`);
  return r;
}
export const range = (r: Money) => [r.min, r.max];

/** A program paying `sach` costs with one default tier, given as YAML flow fields (`quota: 0.5, min: none, max: 1000`). */
export function tierProgram(fields: string): Program {
  return singleProgram(
    'betrag',
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
        - { ${fields}, source: richtlinie }
    `,
  ).program;
}

