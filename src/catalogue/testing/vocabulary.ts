/**
 * The public vocabulary (fact ids, values and program ids). Share links, files and the command
 * line depend on it, so a test fails when the rules drop or rename any of these.
 */
export const PROGRAM_IDS = [
  'quartiersimpulse', 'gut-beraten', 'beteiligungstaler', 'nachbarschaftsgespraeche', 'quartiersakademie',
  'fachberatung-quartier', 'innovationsprogramm-pflege', 'ambulante-hilfen', 'pflege-engagiert',
  'kommunale-pflegekonferenzen', 'ortsnahe-pflege', 'gemeinsam-engagiert', 'impulse-inklusion',
  'integrationsbeauftragte', 'praeventionsnetzwerke-kinderarmut', 'staedtebaufoerderung', 'nis', 'elr', 'leader',
  'leader-regionalbudget', 'flaechen-gewinnen', 'fussverkehrs-checks', 'buergerbus', 'ausgleichstock',
  'esf-plus-regional', 'digitalpakt-alter', 'dsee-mikrofoerderung', 'kfw-432', 'kfw-ikk-barrierearme-stadt',
  'aktion-mensch', 'fernsehlotterie-quartier',
] as const;

export const FACTS: Record<string, readonly string[] | string> = {
  antragsteller: ['gemeinde', 'stadtkreis', 'landkreis', 'kommunaler_verbund', 'verein', 'initiative', 'wohlfahrtsverband', 'kirchengemeinde', 'stiftung', 'unternehmen', 'wohnungsunternehmen', 'privatperson'],
  gemeinnuetzig: 'boolean',
  ags: 'ags',
  einwohner: 'integer',
  kreis_mit_gemeinde: 'boolean',
  handlungsfelder: ['beteiligung_engagement', 'pflege_gesundheit', 'wohnen_mobilitaet_klima', 'familie_generationen', 'wirtschaft_nahversorgung', 'inklusion_integration_vielfalt', 'digitalisierung'],
  phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung', 'investition', 'verstetigung', 'qualifizierung'],
  zielgruppen: ['aeltere', 'pflegebeduerftige', 'menschen_mit_behinderung', 'kinder_jugendliche', 'familien', 'zugewanderte', 'alle_generationen'],
  kosten_personal: 'money',
  kosten_sach: 'money',
  kosten_beratung: 'money',
  kosten_investition: 'money',
  eigenmittel: 'money',
  projektbeginn: 'date',
  laufzeit_monate: 'integer',
  bereits_begonnen: 'boolean',
  gemeinderatsbeschluss: 'boolean',
  zivilgesellschaftlicher_partner: 'boolean',
  buergerbeteiligung: 'boolean',
  externe_beratung: 'boolean',
  kommune_unterstuetzt: 'boolean',
  kommunaler_zuschuss: 'boolean',
  sanierungsgebiet: 'boolean',
  laendlicher_raum: 'boolean',
  leader_gebiet: 'boolean',
  leistungsschwach: 'boolean',
};
