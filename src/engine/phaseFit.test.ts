import { describe, expect, it } from 'vitest';
import { counterfactuals, evaluate, type Answers } from './index';
import { FIXTURE_PROGRAMS, TREFFPUNKT_ELIGIBLE, buildCatalogue, programOf, programYaml } from './testing/catalogueFixture';

// A program that pays for concept and participation only, with one criterion of its own.
const catalogue = buildCatalogue(
  [
    programYaml(
      'konzept-programm',
      `
phases: [konzept_analyse, beteiligung]
criteria:
  - id: kommunal
    text: { de: Nur Kommunen., en: Municipalities only. }
    source: richtlinie
    rule: { condition: kommunaler-antragsteller }
`,
    ),
  ],
  'relations: []\n',
  true,
);
const status = (answers: Answers) => evaluate(catalogue, answers, { asOf: '2026-11-21' }).programs[0]!;

describe('the built-in phase fit', () => {
  it('is open while the phases are not answered', () => {
    const r = status({ antragsteller: 'gemeinde' });
    expect(r.status).toBe('unknown');
    expect(r.open.map((c) => c.id)).toEqual(['phasen']);
    expect(r.open[0]!.text.de).toBe('Fördert diese Phasen: Konzept und Analyse, Beteiligung.');
  });

  it('is met when the project seeks one of the program’s phases', () => {
    expect(status({ antragsteller: 'gemeinde', phasen: ['beteiligung', 'investition'] }).status).toBe('eligible');
  });

  it('fails when the project seeks none of them', () => {
    const r = status({ antragsteller: 'gemeinde', phasen: ['investition'] });
    expect(r.status).toBe('ineligible');
    expect(r.failed.map((c) => c.id)).toEqual(['phasen']);
  });

  it('gives a hint when only the phases stand in the way', () => {
    const hints = counterfactuals(catalogue.programs[0]!, catalogue, { antragsteller: 'gemeinde', phasen: ['investition'] }, '2026-11-21');
    expect(hints).toEqual([{ phasen: ['investition', 'konzept_analyse'] }, { phasen: ['investition', 'beteiligung'] }]);
  });
});

describe('with the other built-in criteria', () => {
  it('purpose first, then the program’s own criteria, the phases and the cost fit', () => {
    const cat = buildCatalogue(FIXTURE_PROGRAMS.filter((y) => /^id: treffpunkt$/m.test(y)), 'relations: []\n', true);
    const p = programOf(cat, 'treffpunkt');
    expect(p.phases).toEqual(['umsetzung']);
    const open = evaluate(cat, {}, { asOf: '2026-02-01' }).programs[0]!;
    expect([...open.met, ...open.failed, ...open.open].map((c) => c.id)).toEqual(['massnahmen', 'traeger', 'gemeinnuetzig', 'phasen', 'foerderfaehige-kosten', 'mindestbetrag']);
    const r = evaluate(cat, { ...TREFFPUNKT_ELIGIBLE, phasen: ['umsetzung'] }, { asOf: '2026-02-01' }).programs[0]!;
    expect(r.status).toBe('eligible');
    expect(r.met.map((c) => c.id)).toEqual(['massnahmen', 'traeger', 'gemeinnuetzig', 'phasen', 'foerderfaehige-kosten', 'mindestbetrag']);
    expect(evaluate(cat, { ...TREFFPUNKT_ELIGIBLE, phasen: ['investition'] }, { asOf: '2026-02-01' }).programs[0]!.failed.map((c) => c.id)).toEqual(['phasen']);
  });
});
