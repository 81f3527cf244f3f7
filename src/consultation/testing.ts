/**
 * Test-only fixtures for consultations: the UI test catalogue (fixed data, see
 * `src/catalogue/testing/uiCatalogue.ts`), the fixed test date and a full consultation as an
 * advisor would save it. Nothing outside tests imports it.
 */
import { uiCatalogue } from '../catalogue/testing/uiCatalogue';
import { evaluate, type Answers, type Catalogue, type Evaluation } from '../engine';
import { emptyConsultation, snapshotOf, type Consultation } from './consultation';

export const AS_OF = '2026-11-21';
/** "Now" for tests: 21 November 2026, 11:00 in Stuttgart. */
export const NOW = new Date('2026-11-21T10:00:00.000Z');

export function testCatalogue(): Catalogue {
  return uiCatalogue();
}

export function testEvaluation(answers: Answers, asOf = AS_OF): Evaluation {
  return evaluate(testCatalogue(), answers, { asOf });
}

/** A municipality's Quartier project: typical answers, three cost items, one pin, one exclusion. */
export const TYPICAL_ANSWERS = {
  antragsteller: 'gemeinde',
  ags: '08116036',
  massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'unterstuetzung_alltag', 'begegnungsort'],
  phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
  zielgruppen: ['aeltere', 'alle_generationen'],
  gemeinderatsbeschluss: true,
  zivilgesellschaftlicher_partner: true,
  buergerbeteiligung: true,
  externe_beratung: true,
  laendlicher_raum: true,
  kosten_personal: 48000,
  kosten_sach: 12000,
  kosten_beratung: 15000,
  eigenmittel: 20000,
  projektbeginn: '2027-03-01',
  laufzeit_monate: 24,
  bereits_begonnen: false,
} as const satisfies Answers;

export function fullConsultation(): Consultation {
  const catalogue = testCatalogue();
  return {
    ...emptyConsultation(catalogue, AS_OF, NOW),
    title: 'Quartierstreff Altstadt – Variante A',
    answers: { ...TYPICAL_ANSWERS },
    planItems: [
      { id: 'personal', type: 'personal', amount: 48000, label: 'Quartiersmanagement (50 %)' },
      { id: 'sach', type: 'sach', amount: 12000 },
      { id: 'beratung', type: 'beratung', amount: 15000, phase: 'konzept_analyse', label: 'Moderation Bürgerwerkstatt' },
    ],
    pinned: ['quartiersimpulse'],
    excluded: ['flaechen-gewinnen'],
    notes: {
      general: 'Gemeinderat tagt am 12.12.; Beschlussvorlage bis 1.12. – „Eigenanteil“ mit Kämmerei klären.',
      programs: { quartiersimpulse: 'Ansprechpartnerin: Frau M., Allianz für Beteiligung', beteiligungstaler: 'vertraulich: Förderverein noch nicht gegründet' },
    },
    snapshot: snapshotOf(testEvaluation(TYPICAL_ANSWERS)),
  };
}
