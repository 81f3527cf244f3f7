import { describe, expect, it } from 'vitest';
import { COST_TYPES, costFact, evaluate, relevantFacts } from './index';
import { FIXTURE_PROGRAMS, KOMMUNAL_ELIGIBLE, TREFFPUNKT_ELIGIBLE, costs, without, buildCatalogue, fixtureCatalogue, programOf, programYaml } from './testing/catalogueFixture';
import type { Answers, Catalogue } from './types';

const catalogue = fixtureCatalogue();
const AS_OF = '2026-02-01';
const COST_FACTS = COST_TYPES.map(costFact);

const relevant = (answers: Answers, cat: Catalogue = catalogue, asOf = AS_OF) =>
  relevantFacts(cat, evaluate(cat, answers, { asOf }));

const FIXTURE_BY_ID: Record<string, string> = Object.fromEntries(
  FIXTURE_PROGRAMS.map((yaml) => [/^id:\s*(\S+)/m.exec(yaml)![1]!, yaml]),
);
/** A catalogue of only the named fixture programs (the other ones would add their own facts). */
const only = (...ids: string[]) => buildCatalogue(ids.map((id) => FIXTURE_BY_ID[id]!));

describe('relevantFacts', () => {
  it('the facts of open criteria of a program that is still unknown', () => {
    const cat = only('beratung-alter');
    // handlungsfelder is derived from massnahmen, so the question that gives it counts too.
    expect([...relevant({}, cat)].sort()).toEqual(['handlungsfelder', 'massnahmen', 'zielgruppen']);
  });

  it('follows shared conditions inside open criteria', () => {
    const cat = only('kommunal-impuls');
    const r = relevant({ antragsteller: 'gemeinde', buergerbeteiligung: true, zivilgesellschaftlicher_partner: true, gemeinderatsbeschluss: true }, cat);
    expect(r.has('bereits_begonnen')).toBe(true);
  });

  it('facts only of ineligible programs are not relevant', () => {
    const cat = only('kommunal-impuls', 'beratung-alter');
    // A Verein fails kommunal-impuls for good: its partner, decision and costs no longer matter.
    const r = relevant({ antragsteller: 'verein' }, cat);
    for (const f of ['zivilgesellschaftlicher_partner', 'gemeinderatsbeschluss', 'buergerbeteiligung', 'bereits_begonnen', 'kreis_mit_gemeinde', ...COST_FACTS]) {
      expect(r.has(f), f).toBe(false);
    }
    expect([...r].sort()).toEqual(['handlungsfelder', 'massnahmen', 'zielgruppen']);
  });

  it('a fact shared with a program that is still open stays relevant', () => {
    // buergerbeteiligung: kommunal-impuls failed, beendet is still running and open on it.
    const cat = only('kommunal-impuls', 'beendet');
    const r = relevant({ antragsteller: 'verein' }, cat, '2025-06-01');
    expect(r.has('buergerbeteiligung')).toBe(true);
    expect(r.has('zivilgesellschaftlicher_partner')).toBe(false);
  });

  it('an ended program makes nothing relevant', () => {
    expect(relevant({}, only('beendet'), '2026-06-01').size).toBe(0);
    expect([...relevant({}, only('beendet'), '2025-06-01')]).toEqual(['buergerbeteiligung']);
  });

  it('answered facts are never relevant', () => {
    const cat = only('kommunal-impuls');
    const answers = without(KOMMUNAL_ELIGIBLE, 'zivilgesellschaftlicher_partner');
    const r = relevant(answers, cat);
    expect(r.has('zivilgesellschaftlicher_partner')).toBe(true);
    for (const f of Object.keys(answers)) expect(r.has(f), f).toBe(false);
    // Even an answer the engine cannot use counts as answered.
    expect(relevant({ ...answers, zivilgesellschaftlicher_partner: 'ja' } as unknown as Answers, cat).has('zivilgesellschaftlicher_partner')).toBe(false);
  });

  it('facts of met criteria are not relevant for that program', () => {
    const cat = only('beratung-alter');
    expect(relevant({ handlungsfelder: ['pflege_gesundheit'] }, cat).size).toBe(0);
  });

  it('costs stay relevant while a money program is eligible or unknown', () => {
    const cat = only('kommunal-impuls');
    // One cost given (as a case or a link may give it): the others count 0, so the program is eligible.
    const oneCost = { ...without(KOMMUNAL_ELIGIBLE, ...COST_FACTS), kosten_sach: 50000 };
    expect(evaluate(cat, oneCost, { asOf: AS_OF }).programs[0]!.status).toBe('eligible');
    // The open criteria are all answered; only the amount is left to find out.
    expect([...relevant(oneCost, cat)].sort()).toEqual(COST_FACTS.filter((f) => f !== 'kosten_sach').sort());
    // With no cost at all the cost fit is open, and every cost is relevant.
    const noCosts = without(KOMMUNAL_ELIGIBLE, ...COST_FACTS);
    expect(evaluate(cat, noCosts, { asOf: AS_OF }).programs[0]!.status).toBe('unknown');
    expect([...relevant(noCosts, cat)].sort()).toEqual([...COST_FACTS].sort());
    expect(relevant({}, cat).has('kosten_sach')).toBe(true);
    // The whole cost form answered: nothing is left.
    expect(relevant(KOMMUNAL_ELIGIBLE, cat).size).toBe(0);
  });

  it('answered costs drop out; the others stay', () => {
    const r = relevant({ ...without(KOMMUNAL_ELIGIBLE, ...COST_FACTS), kosten_sach: 50000 }, only('kommunal-impuls'));
    expect(r.has('kosten_sach')).toBe(false);
    expect(r.has('kosten_personal')).toBe(true);
  });

  it('with only some costs given, a small sum decides nothing yet: the other costs stay relevant', () => {
    const cat = only('kommunal-impuls');
    const partial = { ...without(KOMMUNAL_ELIGIBLE, ...COST_FACTS), kosten_sach: 1000 };
    expect(evaluate(cat, partial, { asOf: AS_OF }).programs[0]!.open.map((c) => c.id)).toContain('mindestbetrag');
    expect(relevant(partial, cat).has('kosten_personal')).toBe(true);
  });

  it('a cost fit that failed makes the costs irrelevant: the program is ruled out', () => {
    // 1,000 € (the whole cost form) cannot reach the minimum grant of 20,000 €.
    const cat = only('kommunal-impuls');
    const small = { ...without(KOMMUNAL_ELIGIBLE, ...COST_FACTS), ...costs({ kosten_sach: 1000 }) };
    expect(evaluate(cat, small, { asOf: AS_OF }).programs[0]!.failed.map((c) => c.id)).toEqual(['mindestbetrag']);
    expect(relevant(small, cat).size).toBe(0);
  });

  it('the purpose fit makes massnahmen relevant while it is open, and rules out for good once failed', () => {
    const cat = only('treffpunkt');
    const verein = { antragsteller: 'verein', gemeinnuetzig: true, ...costs({ kosten_sach: 10000 }) };
    expect([...relevant(verein, cat)]).toEqual(['massnahmen']);
    expect(relevant({ ...verein, massnahmen: ['begegnungsort'] }, cat).size).toBe(0);
    expect(relevant({ ...verein, massnahmen: ['digitale_teilhabe'] }, cat).size).toBe(0);
    expect(relevant(TREFFPUNKT_ELIGIBLE, cat).size).toBe(0);
  });

  it('a criterion that applies only to some applicants: the facts of both its parts while it is open, none once it does not apply', () => {
    const cat = buildCatalogue([
      programYaml(
        'nur-folgeantrag',
        `
        criteria:
          - id: bericht
            text: { de: Bei Folgeanträgen liegt ein Sachbericht vor., en: Repeat applications include a report. }
            source: richtlinie
            applies: { fact: folgeantrag, is: true }
            rule: { fact: gemeinnuetzig, is: true }
        `,
      ),
    ]);
    // gemeinnuetzig "no" while it is open whether this is a repeat application: open on both facts.
    expect(evaluate(cat, { gemeinnuetzig: false }, { asOf: AS_OF }).programs[0]!.open.map((c) => c.id)).toEqual(['bericht']);
    expect([...relevant({ gemeinnuetzig: false }, cat)]).toEqual(['folgeantrag']);
    expect([...relevant({}, cat)].sort()).toEqual(['folgeantrag', 'gemeinnuetzig']);
    // A first application: the criterion does not apply, nothing is left to ask.
    expect(relevant({ folgeantrag: false }, cat).size).toBe(0);
    expect([...relevant({ folgeantrag: true }, cat)]).toEqual(['gemeinnuetzig']);
  });

  it('no cost facts for advice without money', () => {
    const r = relevant({}, only('beratung-alter'));
    for (const f of COST_FACTS) expect(r.has(f)).toBe(false);
  });

  it('the applicant is relevant for tiers per applicant, the units for amounts per unit', () => {
    // No criterion reads antragsteller here, but it picks the tier.
    const tiers = buildCatalogue([
      programYaml(
        'tiers-je-traeger',
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
            - { applicants: [verein], quota: 0.9, min: none, max: 1000, source: richtlinie }
            - { quota: 0.5, min: none, max: 5000, source: richtlinie }
        `,
      ),
    ]);
    expect(relevant({ buergerbeteiligung: true }, tiers).has('antragsteller')).toBe(true);
    expect(relevant({ buergerbeteiligung: true, antragsteller: 'gemeinde' }, tiers).has('antragsteller')).toBe(false);
    // A single default tier: the applicant changes nothing.
    expect(relevant({ antragsteller: 'verein', gemeinnuetzig: true, kommune_unterstuetzt: true }, only('verein-mikro')).has('antragsteller')).toBe(false);
    const monatlich = only('monatlich');
    const r = relevant({ laufzeit_monate: 12, projektbeginn: '2026-03-01', eigenmittel: 5000 }, monatlich);
    expect(r.has('laufzeit_monate')).toBe(false);
    expect(relevant({ projektbeginn: '2026-03-01', eigenmittel: 5000 }, monatlich).has('laufzeit_monate')).toBe(true);
  });

  it('ags is relevant when einwohner is (einwohner is derived from it)', () => {
    const cat = only('kleine-gemeinde');
    const r = relevant({ antragsteller: 'gemeinde' }, cat);
    expect(r.has('einwohner')).toBe(true);
    expect(r.has('ags')).toBe(true);
  });

  it('every cost is relevant while a limit on the derived total cost is open', () => {
    const r = relevant({}, only('kleinprojekt'));
    expect([...r].sort()).toEqual(['kosten_beratung', 'kosten_gesamt', 'kosten_investition', 'kosten_personal', 'kosten_sach']);
  });

  it('ags is not relevant once einwohner is known, nor when no rule reads a derived fact', () => {
    const cat = only('kleine-gemeinde');
    expect(relevant({ antragsteller: 'gemeinde', einwohner: 3000 }, cat).has('ags')).toBe(false);
    expect(relevant({}, only('beratung-alter')).has('ags')).toBe(false);
    // A Verein fails kleine-gemeinde: its population no longer matters.
    expect(relevant({ antragsteller: 'verein' }, cat).has('ags')).toBe(false);
  });

  it('only facts of the vocabulary, on the whole fixture catalogue', () => {
    const known = new Set(catalogue.facts.map((f) => f.id));
    for (const answers of [{}, { antragsteller: 'gemeinde' }, { antragsteller: 'verein' }, KOMMUNAL_ELIGIBLE] as Answers[]) {
      for (const f of relevant(answers)) expect(known.has(f), f).toBe(true);
    }
    expect(programOf(catalogue, 'kleine-gemeinde')).toBeDefined();
  });

  it('a program defined inline with a per-unit fact makes that fact relevant only while it counts', () => {
    const cat = buildCatalogue([
      programYaml(
        'pro-monat',
        `
        criteria:
          - id: alle
            text: { de: Alle., en: Everyone. }
            source: richtlinie
            rule: { fact: buergerbeteiligung, is: true }
        amount:
          cost_types: [personal]
          own_share_min: none
          tiers:
            - { quota: none, min: none, max: none, per_unit: { fact: laufzeit_monate, euro: 100 }, source: richtlinie }
        `,
      ),
    ]);
    expect(relevant({ buergerbeteiligung: true }, cat).has('laufzeit_monate')).toBe(true);
    expect(relevant({ buergerbeteiligung: false }, cat).has('laufzeit_monate')).toBe(false);
  });
});
