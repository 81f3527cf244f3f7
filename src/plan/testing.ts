/** Test-only: the Gemeinde of the plan tests. Nothing outside tests imports it. */
import type { Answers } from '../engine';

/**
 * A rural Gemeinde (Kolbingen) in a Sanierungsgebiet with staff, material, advice and investment
 * costs in every phase (UI test catalogue): KfW 432 and the Städtebauförderung are planned; ELR
 * gives way to the Städtebauförderung (no two Land programs for one cost item) and Flächen gewinnen
 * to KfW 432; Quartiersimpulse, the Bürgerbus and the everyday support services have an open
 * amount, and the KfW loan can finance the own share.
 */
export const GEMEINDE_LAND: Answers = {
  antragsteller: 'gemeinde',
  ags: '08327030',
  massnahmen: ['quartiersanalyse_konzept', 'quartiersmanagement_netzwerk', 'unterstuetzung_alltag', 'mobilitaet_fahrdienst', 'barrierefreiheit', 'energie_klima', 'innenentwicklung'],
  zielgruppen: ['aeltere', 'alle_generationen'],
  phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung', 'investition', 'verstetigung', 'qualifizierung'],
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: true,
  gemeinderatsbeschluss: true,
  externe_beratung: true,
  kommunaler_zuschuss: true,
  sanierungsgebiet: true,
  laendlicher_raum: true,
  leader_gebiet: false,
  leistungsschwach: false,
  bereits_begonnen: false,
  laufzeit_monate: 24,
  kosten_personal: 60000,
  kosten_sach: 20000,
  kosten_beratung: 15000,
  kosten_investition: 400000,
};
