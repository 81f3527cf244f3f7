/**
 * Test-only: the small, fixed catalogue the UI and feature tests run on (results, plan, advisor,
 * consultation, wizard, app, embed). Its programs are modelled on real ones of `rules/programs/`
 * and carry their ids, but their data is fixed here, so the tests do not change when the rule
 * editors change a program file; the real catalogue is covered by the rule cases and the browser
 * tests. It is compiled with the real rule compiler from the real vocabulary
 * (`rules/questions.yaml`) and shared conditions (`rules/conditions.yaml`).
 * Nothing outside tests imports it.
 *
 * What the programs exercise:
 * - `quartiersimpulse`: purpose (`massnahmen`), municipal applicants with tiers per applicant and an
 *   unknown quota (an open amount in the plan), two dated rounds that have passed, no word on a next
 *   round but a rhythm, an uncertain criterion (`laufzeit`);
 * - `gut-beraten`: an advice voucher for civil society (max 4,000 €, advice costs only, unknown
 *   quota), a criterion that `applies` only to some applicants, uncertain criteria, a secondary
 *   source without a date (`o. D.`), no deadline known but a rhythm;
 * - `fachberatung-quartier`: advice without money for municipalities, continuous;
 * - `ambulante-hilfen`: an unknown amount, yearly deadlines for first and repeat applications
 *   (`when: folgeantrag`), an uncertain criterion, an uncertain municipal co-financing;
 * - `kommunale-pflegekonferenzen`: municipal applicants of which some are uncertain ("passt
 *   vielleicht" for a Gemeinde), an uncertain tier;
 * - `praeventionsnetzwerke-kinderarmut`: a yearly application window (1 January to 30 April);
 * - `staedtebaufoerderung`: investment at 60 % in a Sanierungsgebiet, a passed deadline with an
 *   announced next round that is not yet open;
 * - `elr`: investment in rural areas at 40 % to 55 %, which may not share an item with another
 *   Land program (relation with a dated secondary source);
 * - `kfw-432`: a federal grant of 75 % for staff, material and advice, valid until the end of 2026;
 * - `kfw-ikk-barrierearme-stadt`: a loan of up to 100 % that may finance the own share;
 * - `flaechen-gewinnen`: a Land grant that gives way to KfW 432 on the same items, explained by a
 *   relation its source leaves uncertain;
 * - `buergerbus`: a grant for a community bus with an unknown quota and a maximum;
 * - `mehrgenerationenhaus`: closed to new entry while its period runs to 2028;
 * - `beteiligungstaler` and `aktion-mensch`: for associations, subsidiary to public money.
 */
import { buildCatalogue, dedent, programYaml } from '../../engine/testing/catalogueFixture';
import { indexGemeinden } from '../../engine/gemeinden';
import type { Catalogue, Gemeinde, GemeindeIndex } from '../../engine/types';

/** The application block most programs share, indented to sit in a program body below. */
const APPLICATION = [
  'application:',
  '  route:',
  '    de: Antrag schriftlich beim Fördergeber mit Kosten- und Finanzierungsplan.',
  '    en: Apply in writing to the funder with a cost and financing plan.',
  '  next_step:',
  '    de: Beim Fördergeber nach den Unterlagen fragen.',
  '    en: Ask the funder for the forms.',
].join('\n    ');

export const UI_PROGRAMS: readonly string[] = [
  programYaml(
    'aktion-mensch',
    `
    name: { de: Aktion Mensch, en: Aktion Mensch }
    funder: { de: Aktion Mensch e. V., en: Aktion Mensch e. V. }
    level: stiftung_lotterie
    kind: foerderung
    funding_type: zuschuss
    phases: [konzept_analyse, beteiligung, umsetzung, investition, verstetigung]
    handlungsfelder: [inklusion_integration_vielfalt, beteiligung_engagement]
    zielgruppen: [menschen_mit_behinderung, kinder_jugendliche, soziale_schwierigkeiten]
    summary:
      de: Zuschüsse für gemeinnützige Organisationen, die Inklusion und Teilhabe fördern.
      en: Grants for non-profit organisations that promote inclusion and participation.
    sources:
      - id: foerderung
        url: https://www.aktion-mensch.de/projekte-engagieren-und-foerdern/foerderung
        title: Aktion Mensch – Förderung
        stand: o. D.
        official: true
    last_checked: 2026-11-01
    review_by: 2027-08-01
    criteria:
      - id: gemeinnuetzige-organisation
        text:
          de: Antragsberechtigt sind gemeinnützige Organisationen der freien Wohlfahrtspflege, Vereine und Stiftungen.
          en: Non-profit welfare organisations, associations and foundations may apply.
        source: { ref: foerderung, section: Wer kann Anträge stellen? }
        rule:
          all:
            - fact: antragsteller
              in: [verein, wohlfahrtsverband, stiftung, kirchengemeinde]
            - fact: gemeinnuetzig
              is: true
      - id: zielgruppen
        text:
          de: Das Projekt richtet sich an Menschen mit Behinderung, Kinder und Jugendliche oder Menschen in sozialen Schwierigkeiten.
          en: The project is aimed at people with disabilities, children and young people or people in social difficulties.
        source: foerderung
        rule: { fact: zielgruppen, includes_any: [menschen_mit_behinderung, kinder_jugendliche, soziale_schwierigkeiten] }
    amount:
      cost_types: [personal, sach, beratung, investition]
      own_share_min: none
      tiers:
        - quota: { min: 0.4, max: 1 }
          min: unknown
          max: 250000
          source: foerderung
    deadlines: { continuous: true }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'ambulante-hilfen',
    `
    name: { de: Unterstützungsangebote im Alltag (VwV-Ambulante Hilfen), en: Everyday support services (VwV Ambulante Hilfen) }
    funder:
      de: Land Baden-Württemberg, Ministerium für Soziales, Gesundheit und Integration, und die Pflegekassen
      en: State of Baden-Württemberg, Ministry of Social Affairs, Health and Integration, and the care insurance funds
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [umsetzung, verstetigung]
    handlungsfelder: [pflege_gesundheit, beteiligung_engagement]
    zielgruppen: [pflegebeduerftige, aeltere]
    massnahmen:
      funds: [unterstuetzung_alltag, pflege_versorgung]
      source: { ref: vwv, section: Nr. 1 Zuwendungszweck }
    summary:
      de: Zuschüsse für Angebote zur Unterstützung im Alltag und für Netzwerke, die Pflegebedürftige und ihre Angehörigen entlasten.
      en: Grants for everyday support services and networks that relieve people in need of care and their families.
    sources:
      - id: vwv
        url: https://www.landesrecht-bw.de/vwv-ambulante-hilfen
        title: VwV-Ambulante Hilfen
        stand: "2024-12"
        official: true
      - id: kvjs
        reference: KVJS – Merkblatt Unterstützungsangebote im Alltag
        title: Merkblatt Unterstützungsangebote
        stand: o. D.
        official: false
    last_checked: 2026-11-01
    review_by: 2027-03-01
    criteria:
      - id: antragsberechtigt
        text:
          de: Antragsberechtigt sind Kommunen, Wohlfahrtsverbände, Kirchengemeinden und gemeinnützige Vereine.
          en: Municipalities, welfare associations, parishes and non-profit associations may apply.
        source: { ref: vwv, section: Nr. 3 Zuwendungsempfänger }
        rule:
          any:
            - condition: kommunaler-antragsteller
            - fact: antragsteller
              in: [wohlfahrtsverband, kirchengemeinde]
            - all:
                - fact: antragsteller
                  equals: verein
                - fact: gemeinnuetzig
                  is: true
      - id: alltagsangebot
        text:
          de: Gefördert werden Angebote zur Unterstützung im Alltag nach § 45a SGB XI, die nach der Unterstützungsangebote-Verordnung anerkannt sind.
          en: Everyday support services under § 45a SGB XI recognised under the state ordinance are funded.
        source: { ref: vwv, section: Nr. 2 Zuwendungszweck }
        rule: { fact: massnahmen, includes_any: [unterstuetzung_alltag] }
        uncertain:
          de: Ob auch ein Pflegenetzwerk ohne eigenes Alltagsangebot gefördert wird, sagt keine ausgewertete Quelle.
          en: No source we checked says whether a care network without its own everyday service is funded.
      - id: noch-nicht-begonnen
        text: { de: Das Vorhaben darf noch nicht begonnen haben., en: The project must not have started yet. }
        source: vwv
        rule: { condition: noch-nicht-begonnen }
    amount:
      cost_types: [personal, sach, beratung, investition]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: unknown
          max: unknown
          source: vwv
    deadlines:
      recurring:
        - month: 9
          day: 30
          label: { de: Antragsfrist für Erstanträge, en: Deadline for first applications }
          when: { fact: folgeantrag, is: false }
          source: { ref: vwv, section: Nr. 7 Verfahren }
        - month: 4
          day: 30
          label: { de: Frist für Wiederholungsanträge, en: Deadline for repeat applications }
          when: { fact: folgeantrag, is: true }
          source: { ref: vwv, section: Nr. 7 Verfahren }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'beteiligungstaler',
    `
    name: { de: Beteiligungstaler, en: Beteiligungstaler (participation grant) }
    funder: { de: Allianz für Beteiligung, en: Allianz für Beteiligung }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [beteiligung]
    handlungsfelder: [beteiligung_engagement]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [beteiligungsprozess]
      source: { ref: ausschreibung, section: Was wird gefördert? }
    summary:
      de: Kleine Zuschüsse bis 2.000 € für Beteiligungsprojekte von Vereinen und Initiativen.
      en: Small grants of up to €2,000 for participation projects of associations and initiatives.
    sources:
      - id: ausschreibung
        url: https://allianz-fuer-beteiligung.de/foerderprogramme/beteiligungstaler/
        title: Allianz für Beteiligung – Beteiligungstaler
        stand: "2026-02"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-08-01
    criteria:
      - id: antragsberechtigt
        text:
          de: Antragsberechtigt sind Vereine, Initiativen und andere zivilgesellschaftliche Gruppen.
          en: Associations, initiatives and other civil-society groups may apply.
        source: { ref: ausschreibung, section: Wer kann sich bewerben? }
        rule: { fact: antragsteller, in: [verein, initiative, wohlfahrtsverband, kirchengemeinde] }
      - id: beteiligungsprojekt
        text: { de: Das Projekt beteiligt die Bürgerinnen und Bürger., en: The project involves the citizens. }
        source: ausschreibung
        rule: { fact: buergerbeteiligung, is: true }
      - id: kommunale-stellungnahme
        text: { de: Die Gemeinde unterstützt das Projekt mit einer Stellungnahme., en: The municipality supports the project with a statement. }
        source: ausschreibung
        rule: { fact: kommune_unterstuetzt, is: true }
    amount:
      cost_types: [sach, beratung]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: none
          max: 2000
          source: ausschreibung
    deadlines: { continuous: true }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'buergerbus',
    `
    name: { de: Bürgerbus-Förderung, en: Community bus funding }
    funder: { de: "Land Baden-Württemberg, Verkehrsministerium", en: "State of Baden-Württemberg, Ministry of Transport" }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [investition, umsetzung]
    handlungsfelder: [wohnen_mobilitaet_klima, beteiligung_engagement]
    zielgruppen: [aeltere, alle_generationen]
    massnahmen:
      funds: [mobilitaet_fahrdienst]
      source: { ref: vm, section: Fördergegenstand }
    summary:
      de: Zuschuss zum Fahrzeug und zum Start eines ehrenamtlich gefahrenen Bürgerbusses.
      en: A grant towards the vehicle and the start of a community bus driven by volunteers.
    sources:
      - id: vm
        url: https://vm.baden-wuerttemberg.de/buergerbus
        title: Verkehrsministerium – Bürgerbusse
        stand: "2025-07"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-05-01
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Gemeinden und Bürgerbusvereine., en: Municipalities and community bus associations may apply. }
        source: { ref: vm, section: Antragsberechtigt }
        rule: { fact: antragsteller, in: [verein, gemeinde, stadtkreis] }
      - id: noch-nicht-begonnen
        text: { de: Das Fahrzeug ist noch nicht bestellt., en: The vehicle has not been ordered yet. }
        source: vm
        rule: { condition: noch-nicht-begonnen }
    amount:
      cost_types: [investition, sach]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: unknown
          max: 35000
          source: vm
    deadlines: { continuous: true }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'elr',
    `
    name: { de: Entwicklungsprogramm Ländlicher Raum (ELR), en: Rural Development Programme (ELR) }
    funder: { de: "Land Baden-Württemberg, Ministerium für Ernährung, Ländlichen Raum und Verbraucherschutz", en: "State of Baden-Württemberg, Ministry of Rural Affairs" }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [investition]
    handlungsfelder: [wohnen_mobilitaet_klima, wirtschaft_nahversorgung, familie_generationen]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [innenentwicklung, wohnen_neue_wohnformen, nahversorgung, begegnungsort, barrierefreiheit]
      source: { ref: mlr, section: Förderschwerpunkte }
    summary:
      de: Zuschüsse für Investitionen in Gemeinden des Ländlichen Raums, vor allem in der Ortsmitte.
      en: Grants for investment in rural municipalities, above all in the village centre.
    sources:
      - id: mlr
        url: https://mlr.baden-wuerttemberg.de/elr
        title: MLR – Entwicklungsprogramm Ländlicher Raum
        stand: "2025-06"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-03-01
    criteria:
      - id: projekttraeger
        text: { de: "Antragsberechtigt sind Gemeinden, Vereine und Unternehmen.", en: "Municipalities, associations and companies may apply." }
        source: { ref: mlr, section: Antragsberechtigt }
        rule: { fact: antragsteller, in: [gemeinde, stadtkreis, verein, unternehmen, wohnungsunternehmen] }
      - id: laendlicher-raum
        text: { de: Die Gemeinde liegt im Ländlichen Raum oder in der Gebietskulisse des ELR., en: The municipality is in the rural area or within the ELR area. }
        source: mlr
        rule: { fact: laendlicher_raum, is: true }
      - id: noch-nicht-begonnen
        text: { de: Das Vorhaben darf noch nicht begonnen haben., en: The project must not have started yet. }
        source: mlr
        rule: { condition: noch-nicht-begonnen }
    amount:
      cost_types: [investition]
      own_share_min: unknown
      tiers:
        - applicants: [gemeinde, stadtkreis]
          quota: { min: 0.4, max: 0.55 }
          min: 5000
          max: unknown
          source: mlr
        - applicants: [verein, unternehmen, wohnungsunternehmen]
          quota: { min: 0.1, max: 0.35 }
          min: 5000
          max: 300000
          source: mlr
          uncertain:
            de: Den Fördersatz für Vereine und Unternehmen nennt nur eine ältere Quelle.
            en: Only an older source gives the rate for associations and companies.
    deadlines:
      next_round: unknown
      rhythm: { de: In der Regel eine Antragsfrist im Herbst für das Jahresprogramm., en: Usually one deadline in autumn for the annual programme. }
      dates:
        - date: 2025-09-30
          label: { de: Antragsfrist Jahresprogramm 2026, en: Deadline annual programme 2026 }
          source: mlr
    ${APPLICATION}
    `,
  ),
  programYaml(
    'fachberatung-quartier',
    `
    name:
      de: Fachberatung Quartiersentwicklung (GKZ.QE und Fachberatungsstellen)
      en: Specialist advice on neighbourhood development (GKZ.QE and advisory services)
    funder:
      de: Städtetag, Gemeindetag und Landkreistag Baden-Württemberg, vom Land gefördert
      en: Associations of cities, municipalities and districts of Baden-Württemberg, funded by the state
    level: land
    kind: beratung
    funding_type: beratung
    phases: [information_beratung, konzept_analyse]
    handlungsfelder: [beteiligung_engagement, pflege_gesundheit, wohnen_mobilitaet_klima, familie_generationen]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [quartiersanalyse_konzept, beteiligungsprozess, quartiersmanagement_netzwerk, unterstuetzung_alltag, pflege_versorgung, begegnungsort]
      source: { ref: pm-gkz }
    summary:
      de: Das Kompetenzzentrum und die Fachberatungen der kommunalen Landesverbände beraten Kommunen bei der Quartiersentwicklung; Geld gibt es hier nicht.
      en: The competence centre and the advisory services of the municipal associations advise municipalities on neighbourhood development; no money is paid.
    sources:
      - id: pm-gkz
        url: https://www.baden-wuerttemberg.de/de/service/presse/pressemitteilung/pid/neues-kompetenzzentrum
        title: Neues Kompetenzzentrum berät Kommunen bei Quartiersentwicklung
        stand: o. D.
        official: true
    last_checked: 2026-11-01
    review_by: 2027-08-01
    criteria:
      - id: kommune
        text: { de: Die Beratung richtet sich an Kommunen., en: The advice is for municipalities. }
        source: pm-gkz
        rule: { condition: kommunaler-antragsteller }
    amount: none
    deadlines: { continuous: true }
    application:
      route:
        de: Direkt an das Kompetenzzentrum oder die Fachberatung des kommunalen Landesverbands wenden.
        en: Contact the competence centre or the advisory service of the municipal association directly.
      next_step:
        de: Über den Beratungswegweiser die passende Anlaufstelle finden.
        en: Use the advice guide to find the right contact.
    `,
  ),
  programYaml(
    'flaechen-gewinnen',
    `
    name: { de: Flächen gewinnen durch Innenentwicklung, en: Gaining land through inner development }
    funder: { de: "Land Baden-Württemberg, Ministerium für Landesentwicklung und Wohnen", en: "State of Baden-Württemberg, Ministry of Regional Development and Housing" }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [konzept_analyse, beteiligung, umsetzung]
    handlungsfelder: [wohnen_mobilitaet_klima, beteiligung_engagement]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [innenentwicklung]
      source: { ref: mlw, section: Zuwendungszweck }
    summary:
      de: Zuschüsse für Konzepte, Beteiligung und Flächenmanagement der Innenentwicklung.
      en: Grants for concepts, participation and land management for inner development.
    sources:
      - id: mlw
        url: https://mlw.baden-wuerttemberg.de/flaechen-gewinnen
        title: Flächen gewinnen durch Innenentwicklung – Ausschreibung 2025
        stand: "2025-02"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-03-01
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Kommunen., en: Municipalities may apply. }
        source: mlw
        rule: { condition: kommunaler-antragsteller }
      - id: laufzeit
        text: { de: Das Projekt dauert höchstens zwei Jahre., en: The project lasts at most two years. }
        source: mlw
        rule: { fact: laufzeit_monate, max: 24 }
    amount:
      cost_types: [personal, sach, beratung]
      own_share_min: unknown
      tiers:
        - quota: 0.6
          min: unknown
          max: 100000
          source: mlw
    deadlines:
      next_round: unknown
      dates:
        - date: 2025-05-23
          label: { de: Antragsfrist 2025, en: Deadline 2025 }
          source: mlw
    ${APPLICATION}
    `,
  ),
  programYaml(
    'gut-beraten',
    `
    name: { de: Gut Beraten! (Beratungsgutschein), en: Gut Beraten! (advice voucher) }
    funder: { de: Land Baden-Württemberg; Programm der Allianz für Beteiligung, en: State of Baden-Württemberg; a programme of the Allianz für Beteiligung }
    level: land
    kind: foerderung
    funding_type: gutschein
    phases: [information_beratung, konzept_analyse]
    handlungsfelder: [beteiligung_engagement, wohnen_mobilitaet_klima]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [quartiersanalyse_konzept, beteiligungsprozess, engagement_ehrenamt, begegnungsort, nahversorgung, mobilitaet_fahrdienst]
      source: { ref: aktuelles, section: Zweck }
      text:
        de: Fördert Beratung für zivilgesellschaftliche Initiativen, die ein Projekt anstoßen, organisieren und gestalten.
        en: Funds advice for civil-society initiatives that start, organise and shape a project.
    summary:
      de: Beratungsgutschein bis 4.000 € für zivilgesellschaftliche Initiativen; die Gemeinde muss das Vorhaben bestätigen.
      en: An advice voucher of up to €4,000 for civil-society initiatives; the municipality must confirm the project.
    sources:
      - id: aktuelles
        reference: quartier2030-bw.de/aktuelles/_Aktuelles_1123.html
        title: Quartier 2030 – Gut Beraten! Schwerpunkt Quartiersentwicklung
        stand: o. D.
        official: true
      - id: bogner-unden
        reference: bogner-unden.de
        title: Gut Beraten! – Antragsberechtigte (Sekundärquelle)
        stand: o. D.
        official: false
      - id: filstalexpress-2016
        reference: filstalexpress.de/?p=18439
        title: Gut Beraten! – Bedingungen 2016
        stand: "2016"
        official: false
    last_checked: 2026-11-01
    review_by: 2027-05-01
    criteria:
      - id: antragsberechtigt
        text:
          de: Antragsberechtigt sind zivilgesellschaftliche Initiativen mit und ohne eingetragene Rechtsform – nicht Kommunen oder Unternehmen.
          en: Civil-society initiatives with or without a registered legal form may apply – not municipalities or companies.
        source: { ref: bogner-unden, section: Antragsberechtigt }
        rule: { fact: antragsteller, in: [verein, initiative, wohlfahrtsverband, kirchengemeinde, stiftung] }
      - id: initiative
        text:
          de: Belegt sind Vereine und Initiativen ohne Rechtsform; ob andere Organisationen als zivilgesellschaftliche Initiative gelten, sagt keine ausgewertete Quelle.
          en: Associations and initiatives without legal form are documented; no source we checked says whether other organisations count as civil-society initiatives.
        source: aktuelles
        applies:
          not: { fact: antragsteller, in: [verein, initiative, gemeinde, stadtkreis, landkreis, kommunaler_verbund] }
        rule: { condition: zivilgesellschaft }
        uncertain:
          de: Bitte bei der Allianz für Beteiligung nachfragen, ob Ihre Organisation antragsberechtigt ist.
          en: Please ask the Allianz für Beteiligung whether your organisation may apply.
      - id: bestaetigung-gemeinde
        text: { de: Die Gemeinde oder Stadt muss das Vorhaben bestätigen., en: The municipality or town must confirm the project. }
        source: aktuelles
        rule: { fact: kommune_unterstuetzt, is: true }
      - id: einwohnergrenze
        text:
          de: Früher (2016) galt das Programm nur für Initiativen in Städten und Gemeinden bis 80.000 Einwohner.
          en: In the past (2016) the programme was only open to initiatives in towns and municipalities of up to 80,000 inhabitants.
        source: { ref: filstalexpress-2016, section: Bedingungen 2016 }
        rule: { fact: einwohner, max: 80000 }
        uncertain:
          de: Die Grenze stammt aus einer Sekundärquelle von 2016; ob sie heute noch gilt, ist nicht belegt.
          en: The limit comes from a secondary source of 2016; whether it still applies is not documented.
    amount:
      cost_types: [beratung]
      own_share_min: unknown
      note:
        de: Der Gutschein deckt nur Beratung (Prozessbegleitung) und gilt sechs Monate.
        en: The voucher covers advice only (process support) and is valid for six months.
      tiers:
        - quota: unknown
          min: none
          max: 4000
          source: aktuelles
    deadlines:
      next_round: unknown
      rhythm:
        de: Anträge in Förderperioden, früher je eine Antragsphase pro Quartal.
        en: Applications in funding periods, formerly one application phase per quarter.
    application:
      route:
        de: Antrag bei der Allianz für Beteiligung mit Bestätigung der Gemeinde und Kostenplan.
        en: Apply to the Allianz für Beteiligung with the municipality's confirmation and a cost plan.
      next_step:
        de: Bei der Allianz für Beteiligung die laufende Förderperiode erfragen.
        en: Ask the Allianz für Beteiligung about the current funding period.
      contact: { de: Allianz für Beteiligung, en: Allianz für Beteiligung }
    `,
  ),
  programYaml(
    'kfw-432',
    `
    name: { de: KfW 432 – Energetische Stadtsanierung, en: KfW 432 – Energy-efficient urban redevelopment }
    funder: { de: KfW Bankengruppe im Auftrag des Bundes, en: KfW on behalf of the Federal Government }
    level: bund
    kind: foerderung
    funding_type: zuschuss
    valid: { from: 2025-11-26, to: 2026-12-31 }
    phases: [konzept_analyse, umsetzung]
    handlungsfelder: [wohnen_mobilitaet_klima]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [energie_klima, quartiersanalyse_konzept, quartiersmanagement_netzwerk]
      source: { ref: kfw, section: Was wird gefördert? }
    summary:
      de: Zuschuss für integrierte Quartierskonzepte und ein Sanierungsmanagement zur energetischen Stadtsanierung.
      en: A grant for integrated neighbourhood concepts and redevelopment management for energy efficiency.
    sources:
      - id: kfw
        url: https://www.kfw.de/432
        title: KfW – Energetische Stadtsanierung (432)
        stand: "2025-11-26"
        official: true
    last_checked: 2026-11-01
    review_by: 2026-12-31
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Kommunen., en: Municipalities may apply. }
        source: kfw
        rule: { condition: kommunaler-antragsteller }
      - id: energetische-stadtsanierung
        text: { de: Das Vorhaben dient der energetischen Sanierung des Quartiers., en: The project serves the energy-efficient redevelopment of the neighbourhood. }
        source: kfw
        rule: { fact: massnahmen, includes_any: [energie_klima] }
    amount:
      cost_types: [beratung, personal, sach]
      own_share_min: 0.1
      tiers:
        - quota: 0.75
          min: 5000
          max: 400000
          source: kfw
    deadlines: { continuous: true }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'kfw-ikk-barrierearme-stadt',
    `
    name: { de: KfW IKK – Barrierearme Stadt, en: KfW IKK – Barrier-free city }
    funder: { de: KfW Bankengruppe, en: KfW }
    level: bund
    kind: foerderung
    funding_type: darlehen
    phases: [investition]
    handlungsfelder: [wohnen_mobilitaet_klima, inklusion_integration_vielfalt]
    zielgruppen: [menschen_mit_behinderung, aeltere, alle_generationen]
    massnahmen:
      funds: [barrierefreiheit]
      source: { ref: kfw, section: Was wird gefördert? }
    summary:
      de: Zinsgünstiges Darlehen für Kommunen, die Gebäude, Wege und Plätze barrierefrei umbauen.
      en: A low-interest loan for municipalities that remove barriers in buildings, paths and squares.
    sources:
      - id: kfw
        url: https://www.kfw.de/233
        title: KfW – Barrierearme Stadt
        stand: o. D.
        official: true
    last_checked: 2026-11-01
    review_by: 2027-11-01
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Kommunen., en: Municipalities may apply. }
        source: kfw
        rule: { condition: kommunaler-antragsteller }
    amount:
      cost_types: [investition]
      own_share_min: unknown
      tiers:
        - quota: { min: 0, max: 1 }
          min: none
          max: unknown
          source: kfw
    deadlines: { continuous: true }
    ${APPLICATION}
    `,
  ),
  programYaml(
    'kommunale-pflegekonferenzen',
    `
    name: { de: Kommunale Pflegekonferenzen, en: Municipal care conferences }
    funder: { de: "Land Baden-Württemberg, Ministerium für Soziales, Gesundheit und Integration", en: "State of Baden-Württemberg, Ministry of Social Affairs, Health and Integration" }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [konzept_analyse, umsetzung]
    handlungsfelder: [pflege_gesundheit]
    zielgruppen: [pflegebeduerftige, aeltere]
    massnahmen:
      funds: [pflege_versorgung]
      source: { ref: aufruf, section: Gegenstand }
    summary:
      de: Zuschüsse für Stadt- und Landkreise, die eine kommunale Pflegekonferenz aufbauen.
      en: Grants for urban and rural districts that set up a municipal care conference.
    sources:
      - id: aufruf
        url: https://sozialministerium.baden-wuerttemberg.de/pflegekonferenzen
        title: Förderaufruf Kommunale Pflegekonferenzen
        stand: "2025-03"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-05-01
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Kommunen., en: Municipalities may apply. }
        source: aufruf
        rule: { condition: kommunaler-antragsteller }
      - id: gemeinde-oder-raumschaft
        text:
          de: Der Aufruf richtet sich an Stadt- und Landkreise; Gemeinden und Raumschaften nur nach dem jeweiligen Aufruf.
          en: The call is for urban and rural districts; municipalities and groups of municipalities only as the call says.
        source: aufruf
        applies: { fact: antragsteller, in: [gemeinde, kommunaler_verbund] }
        rule: { fact: antragsteller, in: [stadtkreis, landkreis] }
        uncertain:
          de: Ob Gemeinden antragsberechtigt sind, legt jeder Aufruf neu fest.
          en: Each call decides anew whether municipalities may apply.
    amount:
      cost_types: [personal, sach, beratung]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: unknown
          max: 60000
          source: aufruf
          uncertain:
            de: Den Höchstbetrag nennt nur der Aufruf von 2025.
            en: Only the 2025 call states the maximum.
    deadlines:
      next_round: unknown
      dates:
        - date: 2025-09-30
          label: { de: Antragsfrist 2025, en: Deadline 2025 }
          source: aufruf
    ${APPLICATION}
    `,
  ),
  programYaml(
    'mehrgenerationenhaus',
    `
    name: { de: Bundesprogramm Mehrgenerationenhaus, en: Federal programme multi-generation houses }
    funder: { de: "Bundesministerium für Familie, Senioren, Frauen und Jugend", en: "Federal Ministry for Family Affairs" }
    level: bund
    kind: foerderung
    funding_type: zuschuss
    closed: true
    valid: { from: 2021-01-01, to: 2028-12-31 }
    phases: [umsetzung, verstetigung]
    handlungsfelder: [familie_generationen, beteiligung_engagement]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [begegnungsort]
      source: { ref: bmfsfj, section: Förderperiode }
    summary:
      de: Zuschüsse für Mehrgenerationenhäuser in der Förderperiode 2021 bis 2028; neue Häuser werden nicht aufgenommen.
      en: Grants for multi-generation houses in the funding period 2021 to 2028; no new houses are admitted.
    sources:
      - id: bmfsfj
        url: https://www.mehrgenerationenhaeuser.de/bundesprogramm
        title: Bundesprogramm Mehrgenerationenhaus
        stand: "2020-08"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-11-01
    criteria:
      - id: traeger
        text: { de: Träger sind Kommunen und gemeinnützige Organisationen., en: Municipalities and non-profit organisations run the houses. }
        source: bmfsfj
        rule:
          any:
            - condition: kommunaler-antragsteller
            - fact: antragsteller
              in: [verein, wohlfahrtsverband, kirchengemeinde, stiftung]
    amount:
      cost_types: [personal, sach, beratung, investition]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: unknown
          max: unknown
          source: bmfsfj
    deadlines:
      next_round: unknown
      dates:
        - date: 2020-09-30
          label: { de: Interessenbekundung Förderperiode 2021–2028, en: Expression of interest funding period 2021–2028 }
          source: bmfsfj
    ${APPLICATION}
    `,
  ),
  programYaml(
    'praeventionsnetzwerke-kinderarmut',
    `
    name: { de: Präventionsnetzwerke gegen Kinderarmut, en: Prevention networks against child poverty }
    funder: { de: "Land Baden-Württemberg, Ministerium für Soziales, Gesundheit und Integration", en: "State of Baden-Württemberg, Ministry of Social Affairs, Health and Integration" }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [umsetzung, verstetigung]
    handlungsfelder: [familie_generationen]
    zielgruppen: [kinder_jugendliche, familien]
    massnahmen:
      funds: [armut_familien]
      source: { ref: vwv, section: Nr. 1 }
    summary:
      de: Zuschüsse für die Koordination kommunaler Präventionsnetzwerke gegen Kinderarmut.
      en: Grants for coordinating municipal prevention networks against child poverty.
    sources:
      - id: vwv
        url: https://sozialministerium.baden-wuerttemberg.de/vwv-pnetz
        title: VwV Präventionsnetzwerke
        stand: "2024-01"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-01-15
    criteria:
      - id: antragsberechtigt
        text: { de: Antragsberechtigt sind Kommunen und freie Träger., en: Municipalities and independent bodies may apply. }
        source: vwv
        rule:
          any:
            - condition: kommunaler-antragsteller
            - fact: antragsteller
              in: [wohlfahrtsverband, kirchengemeinde, verein]
    amount:
      cost_types: [personal, sach, beratung]
      own_share_min: unknown
      tiers:
        - quota: unknown
          min: none
          max: 60000
          source: vwv
    deadlines:
      recurring:
        - month: 4
          day: 30
          opens: { month: 1, day: 1 }
          label: { de: Antragszeitraum 1. Januar bis 30. April, en: Application period 1 January to 30 April }
          source: vwv
    ${APPLICATION}
    `,
  ),
  programYaml(
    'quartiersimpulse',
    `
    name: { de: Quartiersimpulse, en: Quartiersimpulse (neighbourhood impulses) }
    funder:
      de: Land Baden-Württemberg, Ministerium für Soziales, Gesundheit und Integration; Abwicklung über die Allianz für Beteiligung
      en: State of Baden-Württemberg, Ministry of Social Affairs, Health and Integration; administered by the Allianz für Beteiligung
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [konzept_analyse, beteiligung, umsetzung]
    handlungsfelder: [beteiligung_engagement, pflege_gesundheit, wohnen_mobilitaet_klima, familie_generationen]
    zielgruppen: [aeltere, pflegebeduerftige, alle_generationen]
    massnahmen:
      funds: [quartiersanalyse_konzept, beteiligungsprozess, quartiersmanagement_netzwerk, unterstuetzung_alltag, pflege_versorgung, begegnungsort, mobilitaet_fahrdienst]
      source: { ref: foerderung, section: Zweck }
      text:
        de: Fördert die alters- und generationengerechte Entwicklung von Quartieren mit Bürgerbeteiligung.
        en: Funds the development of neighbourhoods for all ages with citizen participation.
    summary:
      de: Einmaliger Zuschuss für Kommunen, die ein Quartier alters- und generationengerecht entwickeln – mit Bürgerbeteiligung, zivilgesellschaftlichen Partnern und externer Beratung.
      en: A one-off grant for municipalities that develop a neighbourhood for all ages – with citizen participation, civil-society partners and an external adviser.
    sources:
      - id: foerderung
        url: https://www.quartier2030-bw.de/angebote/foerderung/foerderung.html
        title: Quartier 2030 – Förderung
        stand: o. D.
        official: true
      - id: runde-2026
        reference: quartier2030-bw.de/…/neue-runde-des-foerderprogramms-quartiersimpulse-startet-…_932.html
        title: Neue Runde des Förderprogramms Quartiersimpulse (2026)
        stand: "2026"
        official: true
      - id: kpunktland
        url: https://kpunktland-drs.de/infothek/quartiersimpulse/
        title: kpunktland – Quartiersimpulse (Laufzeit)
        stand: o. D.
        official: false
    last_checked: 2026-11-01
    review_by: 2027-01-15
    criteria:
      - id: antragsberechtigt
        text:
          de: Antragsberechtigt sind Städte, Gemeinden und kommunale Verbünde; Landkreise nur gemeinsam mit mindestens einer kreisangehörigen Kommune.
          en: Towns, municipalities and associations of municipalities may apply; districts only together with at least one municipality of the district.
        source: { ref: foerderung, section: Antragsberechtigt }
        rule:
          any:
            - condition: gemeinde-oder-verbund
            - all:
                - fact: antragsteller
                  equals: landkreis
                - fact: kreis_mit_gemeinde
                  is: true
      - id: thema-alter
        text:
          de: Das Vorhaben enthält das Thema „Pflege und Unterstützung im Alter“ oder die generationengerechte Gestaltung des Lebensumfelds.
          en: The project addresses "care and support in old age" or shaping the living environment for all generations.
        source: { ref: foerderung, section: Fördervoraussetzungen }
        rule:
          any:
            - fact: zielgruppen
              includes_any: [aeltere, pflegebeduerftige]
            - fact: thema_alter_generationen
              is: true
      - id: buergerbeteiligung
        text: { de: Bürgerbeteiligung ist Pflicht., en: Citizen participation is required. }
        source: { ref: foerderung, section: Fördervoraussetzungen }
        rule: { fact: buergerbeteiligung, is: true }
      - id: zivilgesellschaftlicher-partner
        text:
          de: Die Zusammenarbeit mit zivilgesellschaftlichen Partnern muss nachgewiesen werden.
          en: Cooperation with civil-society partners must be shown.
        source: { ref: foerderung, section: Fördervoraussetzungen }
        rule: { fact: zivilgesellschaftlicher_partner, is: true }
      - id: gemeinderatsbeschluss
        text: { de: Nötig ist ein Beschluss des Gemeinderats., en: A decision of the municipal council is required. }
        source: { ref: foerderung, section: Fördervoraussetzungen }
        rule: { fact: gemeinderatsbeschluss, is: true }
      - id: externe-beratung
        text: { de: Eine externe Beratung ist Pflicht., en: An external adviser is required. }
        source: { ref: foerderung, section: Fördervoraussetzungen }
        rule: { fact: externe_beratung, is: true }
      - id: noch-nicht-begonnen
        text: { de: Das Vorhaben darf noch nicht begonnen haben., en: The project must not have started yet. }
        source: foerderung
        rule: { condition: noch-nicht-begonnen }
      - id: laufzeit
        text: { de: Die Laufzeit beträgt höchstens zwei Jahre., en: The project runs for at most two years. }
        source: { ref: kpunktland, section: Laufzeit }
        rule: { fact: laufzeit_monate, max: 24 }
        uncertain:
          de: Die Höchstdauer von zwei Jahren nennt nur eine Sekundärquelle.
          en: Only a secondary source states the maximum of two years.
    amount:
      cost_types: [personal, sach, beratung]
      own_share_min: unknown
      note:
        de: Förderquote und Eigenanteil nennt keine ausgewertete Quelle.
        en: No source we checked states the funding rate or the own share.
      tiers:
        - applicants: [gemeinde, stadtkreis]
          quota: unknown
          min: 20000
          max: 85000
          source: { ref: foerderung, section: Höhe }
        - applicants: [kommunaler_verbund, landkreis]
          quota: unknown
          min: 40000
          max: 115000
          source: { ref: foerderung, section: Höhe }
    deadlines:
      next_round: unknown
      rhythm:
        de: Zuletzt zwei Runden im Jahr mit Antragsfristen im März und August.
        en: Recently two rounds a year with deadlines in March and August.
      dates:
        - date: 2026-03-13
          opens: 2026-01-14
          label: { de: Antragsfrist Runde 1/2026, en: Application deadline round 1/2026 }
          source: runde-2026
        - date: 2026-08-14
          opens: 2026-06-08
          label: { de: Antragsfrist Runde 2/2026, en: Application deadline round 2/2026 }
          source: runde-2026
    application:
      route:
        de: Antrag über das Förderportal der Allianz für Beteiligung nach einem verpflichtenden Antragsgespräch.
        en: Apply through the funding portal of the Allianz für Beteiligung after a mandatory consultation.
      next_step:
        de: Bei der Allianz für Beteiligung nach den Terminen der nächsten Runde fragen.
        en: Ask the Allianz für Beteiligung for the dates of the next round.
      contact: { de: Allianz für Beteiligung, en: Allianz für Beteiligung }
      url: https://www.quartier2030-bw.de/angebote/foerderung/foerderung.html
    `,
  ),
  programYaml(
    'staedtebaufoerderung',
    `
    name: { de: Städtebauförderung, en: Urban development funding }
    funder: { de: Bund und Land Baden-Württemberg über die Regierungspräsidien, en: Federal and state government through the regional councils }
    level: land
    kind: foerderung
    funding_type: zuschuss
    phases: [investition]
    handlungsfelder: [wohnen_mobilitaet_klima, familie_generationen]
    zielgruppen: [alle_generationen]
    massnahmen:
      funds: [innenentwicklung, begegnungsort, wohnen_neue_wohnformen, barrierefreiheit]
      source: { ref: rp, section: Fördergegenstand }
    summary:
      de: Zuschüsse für Investitionen in städtebaulichen Sanierungs- und Erneuerungsgebieten.
      en: Grants for investment in urban renewal areas.
    sources:
      - id: rp
        url: https://rp.baden-wuerttemberg.de/staedtebaufoerderung
        title: Regierungspräsidien – Städtebauförderung
        stand: "2025-07-15"
        official: true
    last_checked: 2026-11-01
    review_by: 2027-03-01
    criteria:
      - id: antragsberechtigt
        text: { de: "Antragsberechtigt sind Städte, Gemeinden und kommunale Verbünde.", en: "Towns, municipalities and associations of municipalities may apply." }
        source: rp
        rule: { condition: gemeinde-oder-verbund }
      - id: foerdergebiet
        text: { de: Das Vorhaben liegt in einem Sanierungs- oder Erneuerungsgebiet., en: The project is in an urban renewal area. }
        source: rp
        rule: { fact: sanierungsgebiet, is: true }
      - id: noch-nicht-begonnen
        text: { de: Das Vorhaben darf noch nicht begonnen haben., en: The project must not have started yet. }
        source: rp
        rule: { condition: noch-nicht-begonnen }
    amount:
      cost_types: [investition]
      own_share_min: unknown
      tiers:
        - quota: 0.6
          min: unknown
          max: unknown
          source: rp
    deadlines:
      next_round: not_announced
      dates:
        - date: 2025-10-06
          label: { de: Antragsfrist Programmjahr 2026, en: Deadline programme year 2026 }
          source: rp
    ${APPLICATION}
    `,
  ),
];

/** How the programs combine, as an inline `combinations.yaml` (relations modelled on the real ones). */
export const UI_COMBINATIONS = dedent(`
  relations:
    - id: doppelfoerderung-landeszuwendung
      type: exclusion
      a: { levels: [land] }
      b: { levels: [eu, bund, land, kommune, stiftung_lotterie] }
      scope: same_cost_item
      text:
        de: Dieselbe Ausgabe wird nicht doppelt gefördert; eine Landeszuwendung bezahlt keine Ausgabe, die schon andere Mittel decken.
        en: The same expense is not funded twice; a state grant does not pay for an expense that other money already covers.
      source:
        id: lho-bw-anbest
        reference: VV zu § 44 LHO BW, ANBest-P Nr. 1.4 und ANBest-K Nr. 2.1
        title: Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung
        stand: o. D.
        official: true
      uncertain:
        de: Ausdrücklich sagen das die ausgewerteten Quellen nur für einzelne Programme; für die übrigen ist es aus den Nebenbestimmungen abgeleitet.
        en: The sources we checked say so explicitly only for single programmes; for the others it is derived from the general conditions.
    - id: elr-keine-zwei-landesprogramme
      type: exclusion
      a: elr
      b: { levels: [land] }
      scope: same_cost_item
      text:
        de: "ELR: „Eine Kumulation von zwei Landesprogrammen ist nicht möglich.“"
        en: 'ELR: "Two state programmes cannot be cumulated."'
      source:
        id: deinfoerderprojekt-elr-faq
        url: https://www.deinfoerderprojekt.de/?rnk_faq=ist-eine-kumulation-von-elr-mit-anderen-foerderprogrammen-moeglich
        title: FAQ – Ist eine Kumulation von ELR mit anderen Förderprogrammen möglich?
        stand: "2021-05-14"
        official: false
    - id: aktion-mensch-nachrangig
      type: subsidiarity
      program: aktion-mensch
      after: { levels: [eu, bund, land, kommune] }
      text:
        de: Die Förderung der Aktion Mensch ist nachrangig gegenüber öffentlichen Mitteln.
        en: Aktion Mensch funding is subordinate to public funds.
      source: { id: aktion-mensch-foerderung, reference: aktion-mensch.de/foerderung, stand: o. D., official: true }
    - id: beteiligungstaler-nachrangig
      type: subsidiarity
      program: beteiligungstaler
      after: { levels: [eu, bund, land, kommune] }
      text:
        de: Beteiligungstaler nur für Ausgaben, die nicht anderweitig finanziert werden können.
        en: Beteiligungstaler only for expenses that cannot be financed otherwise.
      source: { id: beteiligungstaler-ausschreibung, reference: allianz-fuer-beteiligung.de/beteiligungstaler, stand: "2026-02", official: true }
    - id: quartiersimpulse-vor-buergerbus
      type: combinable
      a: quartiersimpulse
      b: buergerbus
      text:
        de: Die Konzeptphase eines Bürgerbusses kann mit Quartiersimpulsen gefördert werden, das Fahrzeug mit der Bürgerbus-Förderung.
        en: The concept phase of a community bus can be funded by Quartiersimpulse, the vehicle by community bus funding.
      source: { id: zukunftsnetzwerk, url: https://www.zukunftsnetzwerk-oepnv.de/quartiersimpulse, stand: o. D., official: false }
    - id: ambulante-hilfen-matching
      type: requires_cofinancing
      program: ambulante-hilfen
      by: kommune
      ratio: 1
      text:
        de: Land und Pflegekassen fördern nur, soweit die Kommune das Angebot in gleicher Höhe mitfinanziert.
        en: The state and the care insurance funds pay only as far as the municipality co-finances the service in the same amount.
      source: { id: sgb-xi-45c, reference: § 45c SGB XI, stand: o. D., official: true }
      uncertain:
        de: Ob die Kommune selbst oder ein anderer Träger mitfinanzieren muss, ist im Einzelfall zu klären.
        en: Whether the municipality itself or another body must co-finance is to be cleared case by case.
    - id: kfw-ikk-eigenanteil
      type: own_share_financing
      program: kfw-ikk-barrierearme-stadt
      text:
        de: Das Darlehen kann den Eigenanteil an einem geförderten Vorhaben finanzieren.
        en: The loan can finance the own share of a funded project.
      source: { id: kfw-ikk-merkblatt, url: https://www.kfw.de/233-merkblatt, title: KfW – Merkblatt Barrierearme Stadt, stand: "2024-01", official: true }
`);

let cached: Catalogue | undefined;

/** The UI test catalogue (compiled once), with the built-in phase fit as the app has it. */
export function uiCatalogue(): Catalogue {
  cached ??= buildCatalogue(UI_PROGRAMS, UI_COMBINATIONS, true);
  return cached;
}

const gemeinde = (ags: string, name: string, gemeindetyp: string, kreis: string, einwohner: number): Gemeinde => ({
  ags,
  name,
  gemeindetyp,
  kreisAgs: ags.slice(0, 5),
  kreis,
  einwohner,
  stand: '2022-05-15',
});

/** A few Gemeinden (Zensus 2022) for the answers of the tests: Kohlberg, Kolbingen, Stuttgart. */
export const UI_GEMEINDEN: readonly Gemeinde[] = [
  gemeinde('08111000', 'Stuttgart, Landeshauptstadt', 'Stadtkreis', 'Stuttgart, Stadtkreis', 610458),
  gemeinde('08116036', 'Kohlberg', 'Gemeinde', 'Esslingen', 2344),
  gemeinde('08327030', 'Kolbingen', 'Gemeinde', 'Tuttlingen', 1246),
];

/** The Gemeinden of the tests, indexed by AGS. */
export function uiGemeinden(): GemeindeIndex {
  return indexGemeinden(UI_GEMEINDEN);
}
