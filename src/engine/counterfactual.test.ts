import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COST_TYPES, costFact, counterfactuals, deriveFacts, evaluate, evaluateProgram, indexGemeinden, parseGemeindenCsv, type Assignment } from './index';
import { KOMMUNAL_ELIGIBLE, TREFFPUNKT_ELIGIBLE, costs, without, fixtureCatalogue, programOf, singleProgram } from './testing/catalogueFixture';
import type { Answers, Catalogue, Program } from './types';

const catalogue = fixtureCatalogue();
const AS_OF = '2026-02-01';
const kommunal = programOf(catalogue, 'kommunal-impuls');

const hints = (p: Program, answers: Answers, asOf = AS_OF, cat: Catalogue = catalogue) => counterfactuals(p, cat, answers, asOf);

const COST_FACTS = COST_TYPES.map(costFact);
const COST_FIT = ['foerderfaehige-kosten', 'mindestbetrag'];

/**
 * Each hint, added to the answers, leaves nothing failed and nothing open but the cost fit (costs
 * are asked last); with the costs answered, the program is eligible. Checked the way the app
 * evaluates (derived facts included).
 */
function expectVerified(p: Program, answers: Answers, found: readonly Assignment[], cat: Catalogue = catalogue) {
  for (const a of found) {
    const r = evaluateProgram(p, deriveFacts({ ...answers, ...a }, undefined, cat), cat, AS_OF);
    const where = `${p.id}: ${JSON.stringify(a)} on ${JSON.stringify(answers)}`;
    expect(r.failed, where).toEqual([]);
    expect(r.validity, where).toBe('current');
    expect(r.open.map((c) => c.id).filter((id) => !COST_FIT.includes(id)), where).toEqual([]);
    if (COST_FACTS.every((f) => typeof answers[f] === 'number')) expect(r.status, where).toBe('eligible');
  }
}

describe('minimal hints', () => {
  it('missing partner → { zivilgesellschaftlicher_partner: true }', () => {
    const answers = without(KOMMUNAL_ELIGIBLE, 'zivilgesellschaftlicher_partner');
    expect(evaluateProgram(kommunal, answers, catalogue, AS_OF).status).toBe('unknown');
    expect(hints(kommunal, answers)).toEqual([{ zivilgesellschaftlicher_partner: true }]);
  });

  it('a partner answered "no" gets the same hint', () => {
    const answers = { ...KOMMUNAL_ELIGIBLE, zivilgesellschaftlicher_partner: false };
    expect(hints(kommunal, answers)).toEqual([{ zivilgesellschaftlicher_partner: true }]);
  });

  it('a Verein for a municipal program → the municipal applicant values, one fact each', () => {
    const answers = { ...KOMMUNAL_ELIGIBLE, antragsteller: 'verein' };
    const found = hints(kommunal, answers);
    // `stadtkreis` is marked `suggest: false` in the questions: nobody can switch to it.
    expect(found).toEqual([{ antragsteller: 'gemeinde' }, { antragsteller: 'kommunaler_verbund' }]);
    expectVerified(kommunal, answers, found);
  });

  it('two missing facts → one hint with both', () => {
    const answers = without(KOMMUNAL_ELIGIBLE, 'zivilgesellschaftlicher_partner', 'gemeinderatsbeschluss');
    expect(hints(kommunal, answers)).toEqual([{ zivilgesellschaftlicher_partner: true, gemeinderatsbeschluss: true }]);
  });

  it('a failed condition inside a criterion: noch-nicht-begonnen → bereits_begonnen false', () => {
    expect(hints(kommunal, { ...KOMMUNAL_ELIGIBLE, bereits_begonnen: true })).toEqual([{ bereits_begonnen: false }]);
  });

  it('an uncertain criterion answered "no" (open, not failed) gets its hint too', () => {
    const verein = programOf(catalogue, 'verein-mikro');
    const answers = { antragsteller: 'verein', gemeinnuetzig: true, kommune_unterstuetzt: false };
    expect(evaluateProgram(verein, answers, catalogue, AS_OF).status).toBe('unknown');
    expect(hints(verein, answers)).toEqual([{ kommune_unterstuetzt: true }]);
  });

  it('hints are the smallest sets: no hint is larger than another', () => {
    const found = hints(kommunal, { antragsteller: 'landkreis', buergerbeteiligung: true });
    expect(found.length).toBeGreaterThan(0);
    const sizes = found.map((a) => Object.keys(a).length);
    expect(new Set(sizes).size).toBe(1);
    // Partner, decision and "not started" are missing, plus one fact for the applicant criterion
    // (another applicant, or kreis_mit_gemeinde for the Landkreis): four facts, at most three hints.
    expect(sizes[0]).toBe(4);
    expect(found.length).toBeLessThanOrEqual(3);
    for (const a of found) expect(a).toMatchObject({ zivilgesellschaftlicher_partner: true, gemeinderatsbeschluss: true, bereits_begonnen: false });
    expectVerified(kommunal, { antragsteller: 'landkreis', buergerbeteiligung: true }, found);
  });

  it('set facts: adds a value to what was chosen', () => {
    const { catalogue: cat, program } = singleProgram(
      'zielgruppe',
      `
      criteria:
        - id: zielgruppe
          text: { de: Für Ältere oder Pflegebedürftige., en: For older or care-dependent people. }
          source: richtlinie
          rule: { fact: zielgruppen, includes_any: [aeltere, pflegebeduerftige] }
      `,
    );
    const answers = { zielgruppen: ['kinder_jugendliche'] };
    const found = hints(program, answers, AS_OF, cat);
    expect(found).toEqual([{ zielgruppen: ['kinder_jugendliche', 'aeltere'] }, { zielgruppen: ['kinder_jugendliche', 'pflegebeduerftige'] }]);
    expectVerified(program, answers, found, cat);
  });

  it('a derived set fact (handlungsfelder from massnahmen) is never a hint itself', () => {
    const beratung = programOf(catalogue, 'beratung-alter');
    const answers = { massnahmen: ['digitale_teilhabe'], zielgruppen: ['aeltere'] };
    expect(evaluate(catalogue, answers, { asOf: AS_OF }).answers.handlungsfelder).toEqual(['digitalisierung']);
    const found = hints(beratung, deriveFacts(answers, undefined, catalogue));
    for (const a of found) expect(a).not.toHaveProperty('handlungsfelder');
    expect(found).toEqual([{ zielgruppen: ['aeltere', 'pflegebeduerftige'] }]);
    expectVerified(beratung, answers, found);
  });

  /**
   * Engine bug (counterfactual.ts, leafFixes, `includes_all`): the hint is `[...current, ...wanted]`
   * without removing what was already chosen, so zielgruppen ["aeltere"] and a rule
   * `includes_all: [aeltere, pflegebeduerftige]` give the hint
   * { zielgruppen: ["aeltere", "aeltere", "pflegebeduerftige"] } — not a set (parseAnswers would
   * reduce it to two values). Expected { zielgruppen: ["aeltere", "pflegebeduerftige"] }.
   */
  it('set facts: a hint holds each value once', () => {
    const beratung = programOf(catalogue, 'beratung-alter');
    const found = hints(beratung, { handlungsfelder: ['digitalisierung'], zielgruppen: ['aeltere'] });
    const zielgruppen = found.find((a) => 'zielgruppen' in a);
    expect(zielgruppen).toEqual({ zielgruppen: ['aeltere', 'pflegebeduerftige'] });
    for (const a of found) {
      for (const v of Object.values(a)) if (Array.isArray(v)) expect(new Set(v).size).toBe(v.length);
    }
  });

  it('numbers and dates: the boundary value', () => {
    const monatlich = programOf(catalogue, 'monatlich');
    const answers = { laufzeit_monate: 3, projektbeginn: '2025-10-01', eigenmittel: 1000 };
    expect(hints(monatlich, answers)).toEqual([{ laufzeit_monate: 6, projektbeginn: '2026-01-01' }]);
  });

  it('a "not" rule and "before": a date just before the limit', () => {
    const { catalogue: cat, program } = singleProgram(
      'frueh',
      `
      criteria:
        - id: frueh
          text: { de: Beginn vor 2027., en: Start before 2027. }
          source: richtlinie
          rule: { fact: projektbeginn, before: 2027-01-01 }
        - id: nicht-gewerblich
          text: { de: Nicht gewerblich., en: Not commercial. }
          source: richtlinie
          rule: { not: { condition: gewerblich } }
      `,
    );
    const answers = { projektbeginn: '2027-05-01', antragsteller: 'unternehmen', gemeinnuetzig: false };
    const found = hints(program, answers, AS_OF, cat);
    // The date just before the limit, and one fact that makes the applicant not commercial
    // (gemeinnuetzig, or another applicant): two facts per hint.
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) {
      expect(a.projektbeginn).toBe('2026-12-31');
      expect(Object.keys(a)).toHaveLength(2);
    }
    expectVerified(program, answers, found, cat);
  });
});

describe('no hints', () => {
  it('for an eligible program', () => {
    expect(hints(kommunal, KOMMUNAL_ELIGIBLE)).toEqual([]);
  });

  it('for an ended program, whatever is missing', () => {
    const beendet = programOf(catalogue, 'beendet');
    expect(hints(beendet, {}, '2026-06-01')).toEqual([]);
    expect(hints(beendet, { buergerbeteiligung: false }, '2026-06-01')).toEqual([]);
    // While it ran there was one.
    expect(hints(beendet, { buergerbeteiligung: false }, '2025-06-01')).toEqual([{ buergerbeteiligung: true }]);
  });

  it('when no assignment can help (criteria that contradict each other)', () => {
    const { catalogue: cat, program } = singleProgram(
      'widerspruch',
      `
      criteria:
        - id: begonnen
          text: { de: Schon begonnen., en: Already started. }
          source: richtlinie
          rule: { fact: bereits_begonnen, is: true }
        - id: nicht-begonnen
          text: { de: Noch nicht begonnen., en: Not yet started. }
          source: richtlinie
          rule: { condition: noch-nicht-begonnen }
      `,
    );
    expect(hints(program, {}, AS_OF, cat)).toEqual([]);
    expect(hints(program, { bereits_begonnen: true }, AS_OF, cat)).toEqual([]);
  });
});

describe('verified hints only', () => {
  it('a fix that breaks another criterion is not offered', () => {
    // "Gemeinde" would fix the applicant criterion but break "Verein only"; nothing can satisfy both.
    const { catalogue: cat, program } = singleProgram(
      'zwickmuehle',
      `
      criteria:
        - id: kommunal
          text: { de: Kommunal., en: Municipal. }
          source: richtlinie
          rule: { condition: kommunaler-antragsteller }
        - id: verein
          text: { de: Verein., en: Association. }
          source: richtlinie
          rule: { fact: antragsteller, equals: verein }
      `,
    );
    expect(hints(program, { antragsteller: 'verein' }, AS_OF, cat)).toEqual([]);
    expect(hints(program, {}, AS_OF, cat)).toEqual([]);
  });

  it('every hint over many answer sets makes its program eligible', () => {
    const samples: Answers[] = [
      {},
      { antragsteller: 'verein' },
      { antragsteller: 'gemeinde', bereits_begonnen: true },
      { antragsteller: 'verein', gemeinnuetzig: false, kommune_unterstuetzt: false },
      { antragsteller: 'unternehmen', einwohner: 9000, laufzeit_monate: 2, projektbeginn: '2020-01-01' },
      { handlungsfelder: [], zielgruppen: [] },
      { massnahmen: ['digitale_teilhabe'], zielgruppen: ['aeltere'] },
      { antragsteller: 'verein', gemeinnuetzig: false, massnahmen: ['begegnungsort'], kosten_sach: 500 },
      { antragsteller: 'gemeinde', folgeantrag: true, ...costs({ kosten_sach: 40000 }) },
      KOMMUNAL_ELIGIBLE,
      TREFFPUNKT_ELIGIBLE,
    ];
    let offered = 0;
    for (const p of catalogue.programs) {
      for (const answers of samples) {
        const derived = deriveFacts(answers, undefined, catalogue);
        const found = hints(p, derived);
        offered += found.length;
        expectVerified(p, derived, found);
      }
    }
    expect(offered).toBeGreaterThan(10);
  });

  /**
   * Regression (found while writing these tests; fixed in cb945d9 "counterfactuals never set
   * derived facts"): hints were verified on the answers as given, without `deriveFacts`, so
   * Stuttgart (ags 08111000, 610,458 inhabitants) got the hint { einwohner: 5000 } for a program
   * limited to 5,000 inhabitants — a fact that is never asked and that evaluation derives again
   * from ags, leaving the program ineligible. Same on the real catalogue for gut-beraten.
   */
  it('a hint on a derived fact (einwohner from ags) must survive evaluation with the Gemeinde table', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../rules/data/gemeinden.csv', import.meta.url)), 'utf8');
    const gemeinden = indexGemeinden(parseGemeindenCsv(csv));
    const klein = programOf(catalogue, 'kleine-gemeinde');
    const evaluation = evaluate(catalogue, { antragsteller: 'stadtkreis', ags: '08111000' }, { asOf: AS_OF, gemeinden });
    expect(evaluation.programs.find((p) => p.id === 'kleine-gemeinde')!.status).toBe('ineligible');
    const found = counterfactuals(klein, catalogue, evaluation.answers, AS_OF);
    for (const a of found) {
      const again = evaluate(catalogue, { ...evaluation.answers, ...a }, { asOf: AS_OF, gemeinden });
      expect(again.programs.find((p) => p.id === 'kleine-gemeinde')!.status, `hint ${JSON.stringify(a)}`).toBe('eligible');
    }
  });

  /**
   * Regression, the same for `kosten_gesamt` (derived from the four cost facts, with or without
   * the Gemeinde table): { kosten_sach: 50000 } got the hint { kosten_gesamt: 19999 }, which
   * evaluation overwrote; seen on the real catalogue for leader-regionalbudget.
   */
  it('a hint on the derived total cost must survive evaluation', () => {
    const klein = programOf(catalogue, 'kleinprojekt');
    const evaluation = evaluate(catalogue, { kosten_sach: 50000, kosten_personal: 0, kosten_beratung: 0, kosten_investition: 0 }, { asOf: AS_OF });
    expect(evaluation.programs.find((p) => p.id === 'kleinprojekt')!.status).toBe('ineligible');
    const found = counterfactuals(klein, catalogue, evaluation.answers, AS_OF);
    for (const a of found) {
      const again = evaluate(catalogue, { ...evaluation.answers, ...a }, { asOf: AS_OF });
      expect(again.programs.find((p) => p.id === 'kleinprojekt')!.status, `hint ${JSON.stringify(a)}`).toBe('eligible');
    }
  });
});

describe('hints and the new built-in criteria', () => {
  const treffpunkt = programOf(catalogue, 'treffpunkt');
  const verein = { antragsteller: 'verein', gemeinnuetzig: true };

  it('the purpose: one hint per Maßnahme the program funds, while massnahmen is unanswered', () => {
    const found = hints(treffpunkt, verein);
    expect(found).toEqual([{ massnahmen: ['begegnungsort'] }, { massnahmen: ['engagement_ehrenamt'] }]);
    // The costs are still open: such hints are offered all the same (costs are asked last).
    expectVerified(treffpunkt, verein, found);
  });

  it('no purpose hint once the project has said what it does: the purpose is what the project is', () => {
    const answers = { ...verein, massnahmen: ['digitale_teilhabe'] };
    expect(evaluateProgram(treffpunkt, answers, catalogue, AS_OF).failed.map((c) => c.id)).toEqual(['massnahmen']);
    expect(hints(treffpunkt, answers)).toEqual([]);
  });

  it('a criterion that does not apply to the applicant is never a hint', () => {
    // A Gemeinde: "gemeinnützig" concerns only non-municipal bodies, so its "no" changes nothing.
    const gemeinde = { antragsteller: 'gemeinde', gemeinnuetzig: false };
    expect(evaluateProgram(treffpunkt, gemeinde, catalogue, AS_OF).status).toBe('unknown');
    expect(hints(treffpunkt, gemeinde)).toEqual([{ massnahmen: ['begegnungsort'] }, { massnahmen: ['engagement_ehrenamt'] }]);
    // The same answer for a Verein: it applies, and the hint asks for it.
    const found = hints(treffpunkt, { antragsteller: 'verein', gemeinnuetzig: false, massnahmen: ['engagement_ehrenamt'] });
    expect(found).toEqual([{ gemeinnuetzig: true }]);
    expectVerified(treffpunkt, { antragsteller: 'verein', gemeinnuetzig: false, massnahmen: ['engagement_ehrenamt'] }, found);
  });

  it('verified means: nothing failed and only the cost fit open; a failed cost fit leaves no hint', () => {
    // 1,000 € of Sachkosten: half of it is below the minimum grant of 2,500 €.
    const small = { ...verein, gemeinnuetzig: false, massnahmen: ['begegnungsort'], ...costs({ kosten_sach: 1000 }) };
    expect(evaluateProgram(treffpunkt, small, catalogue, AS_OF).failed.map((c) => c.id)).toEqual(['gemeinnuetzig', 'mindestbetrag']);
    expect(hints(treffpunkt, small)).toEqual([]);
    // Costs of types the program does not pay: no hint either.
    const personal = { ...small, ...costs({ kosten_personal: 50000 }) };
    expect(evaluateProgram(treffpunkt, personal, catalogue, AS_OF).failed.map((c) => c.id)).toEqual(['gemeinnuetzig', 'foerderfaehige-kosten']);
    expect(hints(treffpunkt, personal)).toEqual([]);
    // Enough costs: the one missing criterion is the hint, and then the program is eligible.
    const enough = { ...small, ...costs({ kosten_investition: 10000 }) };
    const found = hints(treffpunkt, enough);
    expect(found).toEqual([{ gemeinnuetzig: true }]);
    expect(evaluateProgram(treffpunkt, { ...enough, ...found[0] }, catalogue, AS_OF).status).toBe('eligible');
  });

  it('an eligible program gets no hint', () => {
    expect(evaluateProgram(treffpunkt, TREFFPUNKT_ELIGIBLE, catalogue, AS_OF).status).toBe('eligible');
    expect(hints(treffpunkt, TREFFPUNKT_ELIGIBLE)).toEqual([]);
  });
});
