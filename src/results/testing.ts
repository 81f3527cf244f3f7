/**
 * Test-only helpers for the results: the UI test catalogue and its Gemeinden (fixed data, see
 * `src/catalogue/testing/uiCatalogue.ts`), the real translations, and an evaluation as of the
 * fixed test date. Nothing outside tests imports it.
 */
import { initI18n } from '../app/i18n';
import { uiCatalogue, uiGemeinden } from '../catalogue/testing/uiCatalogue';
import { evaluate, type Answers, type Catalogue, type Evaluation, type GemeindeIndex } from '../engine';
import type { Translate } from './format';

export const AS_OF = '2026-11-21';

/** The UI test catalogue, compiled as the app receives it. */
export function testCatalogue(): Catalogue {
  return uiCatalogue();
}

const gemeinden = uiGemeinden();

/** The Gemeinden of the test answers (Kohlberg, Kolbingen, Stuttgart), indexed by AGS. */
export function testGemeinden(): GemeindeIndex {
  return gemeinden;
}

/** Evaluates answers against the test catalogue, with Gemeinden, as of `AS_OF` (or `asOf`). */
export function testEvaluation(answers: Answers, asOf = AS_OF): Evaluation {
  return evaluate(testCatalogue(), answers, { asOf, gemeinden });
}

/** The real German and English `t`. */
export function testT(): { de: Translate; en: Translate } {
  const i18n = initI18n('de');
  return { de: i18n.getFixedT('de') as Translate, en: i18n.getFixedT('en') as Translate };
}

/**
 * A small municipality (Kohlberg) with a care project: Quartiersimpulse and the everyday support
 * services fit, the Fachberatung is the first step, the care conferences may fit (applicants
 * uncertain), the others do not.
 */
export const GEMEINDE_PFLEGE: Answers = {
  antragsteller: 'gemeinde',
  ags: '08116036',
  massnahmen: ['quartiersmanagement_netzwerk', 'unterstuetzung_alltag', 'pflege_versorgung'],
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
  laufzeit_monate: 24,
  kosten_personal: 40000,
  kosten_sach: 15000,
  kosten_beratung: 15000,
  kosten_investition: 0,
};
