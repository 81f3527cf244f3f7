/**
 * Test-only helpers for the results: the real compiled catalogue and Gemeinden, the real
 * translations, and an evaluation as of the fixed test date. Nothing outside tests imports it.
 */
import { initI18n } from '../app/i18n';
import { loadGemeinden, loadRules } from '../cli/nodeRules';
import { evaluate, type Answers, type Catalogue, type Evaluation } from '../engine';
import type { Translate } from './format';

export const AS_OF = '2026-11-21';

let cached: Catalogue | undefined;
/** The catalogue compiled from `rules/`, as the app receives it. */
export function testCatalogue(): Catalogue {
  if (!cached) {
    const { catalogue, issues } = loadRules();
    if (!catalogue) throw new Error(`rules do not compile: ${issues.length} issues`);
    cached = catalogue;
  }
  return cached;
}

const gemeinden = loadGemeinden();

/** Evaluates answers against the real catalogue, with Gemeinden, as of `AS_OF` (or `asOf`). */
export function testEvaluation(answers: Answers, asOf = AS_OF): Evaluation {
  return evaluate(testCatalogue(), answers, { asOf, gemeinden });
}

/** The real German and English `t`. */
export function testT(): { de: Translate; en: Translate } {
  const i18n = initI18n('de');
  return { de: i18n.getFixedT('de') as Translate, en: i18n.getFixedT('en') as Translate };
}

/** A small municipality with a care project (journey 1 of rules/cases/journeys.yaml). */
export const GEMEINDE_PFLEGE: Answers = {
  antragsteller: 'gemeinde',
  ags: '08116036',
  handlungsfelder: ['pflege_gesundheit', 'beteiligung_engagement'],
  zielgruppen: ['aeltere', 'pflegebeduerftige'],
  phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: true,
  gemeinderatsbeschluss: true,
  externe_beratung: true,
  kommunaler_zuschuss: true,
  sanierungsgebiet: false,
  laendlicher_raum: false,
  leader_gebiet: false,
  leistungsschwach: false,
  bereits_begonnen: false,
  kosten_personal: 40000,
  kosten_sach: 15000,
  kosten_beratung: 15000,
  kosten_investition: 0,
};
