/**
 * Derived `handlungsfelder`: the Handlungsfelder of a project are the groups of the Maßnahmen
 * it names (`massnahmen` is `grouped_by: handlungsfelder`, each value carries its `group`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFacts, evaluate } from './index';
import { fixtureCatalogue } from './testing/catalogueFixture';
import type { Answers } from './types';

const catalogue = fixtureCatalogue();
const massnahmen = catalogue.facts.find((f) => f.id === 'massnahmen')!;
const groupOf = (id: string) => massnahmen.values!.find((v) => v.id === id)!.group!;

describe('handlungsfelder from massnahmen', () => {
  it('the vocabulary declares it: massnahmen grouped by handlungsfelder, handlungsfelder derived from massnahmen', () => {
    expect(massnahmen.grouped_by).toBe('handlungsfelder');
    expect(catalogue.facts.find((f) => f.id === 'handlungsfelder')!.derived_from).toEqual(['massnahmen']);
    const fields = catalogue.facts.find((f) => f.id === 'handlungsfelder')!.values!.map((v) => v.id);
    for (const v of massnahmen.values!) expect(fields, v.id).toContain(v.group);
  });

  it('the groups of the Maßnahmen chosen, each once, in the vocabulary’s order of Maßnahmen', () => {
    expect(deriveFacts({ massnahmen: ['begegnungsort'] }, undefined, catalogue).handlungsfelder).toEqual(['familie_generationen']);
    const two = deriveFacts({ massnahmen: ['armut_familien', 'begegnungsort', 'digitale_teilhabe'] }, undefined, catalogue);
    expect(two.handlungsfelder).toEqual(['familie_generationen', 'digitalisierung']);
  });

  it('an empty choice gives no Handlungsfeld, and overrides one typed before', () => {
    expect(deriveFacts({ massnahmen: [] }, undefined, catalogue).handlungsfelder).toEqual([]);
    expect(deriveFacts({ massnahmen: [], handlungsfelder: ['digitalisierung'] }, undefined, catalogue).handlungsfelder).toEqual([]);
  });

  it('older answers with only handlungsfelder keep them; an unreadable massnahmen changes nothing', () => {
    const old = { handlungsfelder: ['pflege_gesundheit'] };
    expect(deriveFacts(old, undefined, catalogue)).toEqual(old);
    expect(deriveFacts({ ...old, massnahmen: 'begegnungsort' } as unknown as Answers, undefined, catalogue).handlungsfelder).toEqual(['pflege_gesundheit']);
  });

  it('without the catalogue nothing is derived from massnahmen', () => {
    expect(deriveFacts({ massnahmen: ['begegnungsort'] }, undefined)).not.toHaveProperty('handlungsfelder');
  });

  it('unknown values give no group, never an exception', () => {
    expect(deriveFacts({ massnahmen: ['gibt_es_nicht', 'begegnungsort'] }, undefined, catalogue).handlungsfelder).toEqual(['familie_generationen']);
  });

  it('does not change the answers it was given', () => {
    const given = { massnahmen: ['begegnungsort'], handlungsfelder: ['digitalisierung'] };
    deriveFacts(given, undefined, catalogue);
    expect(given).toEqual({ massnahmen: ['begegnungsort'], handlungsfelder: ['digitalisierung'] });
  });

  it('evaluate uses them: a rule on handlungsfelder is decided by the Maßnahmen', () => {
    const status = (answers: Answers) => evaluate(catalogue, answers, { asOf: '2026-02-01' }).programs.find((p) => p.id === 'beratung-alter')!.status;
    // beratung-alter: handlungsfelder includes pflege_gesundheit or familie_generationen.
    expect(groupOf('unterstuetzung_alltag')).toBe('pflege_gesundheit');
    expect(status({ massnahmen: ['unterstuetzung_alltag'] })).toBe('eligible');
    expect(status({ massnahmen: ['digitale_teilhabe'], zielgruppen: [] })).toBe('ineligible');
    expect(status({ massnahmen: ['digitale_teilhabe'] })).toBe('unknown');
  });

  it('property: exactly the set of groups of the chosen Maßnahmen', () => {
    const ids = massnahmen.values!.map((v) => v.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.option(fc.subarray(['digitalisierung', 'pflege_gesundheit']), { nil: undefined }), (chosen, typed) => {
        const answers: Answers = { massnahmen: chosen, ...(typed ? { handlungsfelder: typed } : {}) };
        const derived = deriveFacts(answers, undefined, catalogue).handlungsfelder as string[];
        expect(new Set(derived).size).toBe(derived.length);
        expect([...derived].sort()).toEqual([...new Set(chosen.map(groupOf))].sort());
      }),
    );
  });
});
