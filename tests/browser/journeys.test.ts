/**
 * Whole journeys as a new user walks them, from the start page to the results, in Chromium under
 * the production CSP. Each journey is a realistic project of `rules/cases/journeys.yaml` (or, for
 * the Verein, one built like them): the user ticks what the project does (Maßnahmen, grouped by
 * Handlungsfeld), answers the questions the wizard asks and reads the results. Every navigation
 * checks that the new screen's h1 has focus; every journey ends with the stored answers, the
 * program groups (checked against the engine for the same answers on the same day), the programs
 * that fit (checked against the journey's `eligible`), the amounts and deadlines a user reads, and
 * at least one program that does not fit with its reason in words.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answerSection,
  card,
  catalogue,
  draftOf,
  euro,
  expectedGroups,
  expectFocusOn,
  expectScreen,
  type Findings,
  fittingPrograms,
  group,
  journey,
  type Opened,
  openPage,
  programName,
  question,
  shownGroups,
  shownQuestions,
  serveAppForFile,
  type Served,
} from './harness';

let browser: Browser;
let server: Served;

serveAppForFile((b, s) => {
  browser = b;
  server = s;
});

const clean: Findings = { violations: [], errors: [], foreign: [] };

async function start(): Promise<Opened> {
  const opened = await openPage(browser, server.url);
  await opened.page.goto(server.url);
  await expectScreen(opened.page, 'Förderbaukasten Quartier 2030');
  await opened.page.getByRole('button', { name: 'Jetzt starten', exact: true }).click();
  await expectScreen(opened.page, 'Wer beantragt?');
  expect(opened.page.url()).toMatch(/#\/wer$/);
  return opened;
}

/** Review → results; checks the stored answers and that every program is in the group the rules say. */
async function toResults(page: Page, answers: Answers) {
  await expectScreen(page, 'Ihre Angaben prüfen');
  await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
  await expectScreen(page, 'Ihre Ergebnisse');
  expect(page.url()).toMatch(/#\/ergebnis$/);
  expect((await draftOf(page))?.answers).toEqual(answers);
  // The Gemeinden (population, Kreis) arrive a moment after the screen: then the groups are the engine's.
  await expect.poll(() => shownGroups(page), { timeout: 10_000 }).toEqual(expectedGroups(answers));
}

/** The programs that fit, as the journey of rules/cases/journeys.yaml pins them. */
function eligibleNames(id: string): string[] {
  return journey(id).eligible.map((p) => programName(p)).sort();
}

/** The text of a card's or detail page's `<dd>` after the `<dt>` named `term`. */
async function termText(scope: ReturnType<Page['locator']>, term: string): Promise<string> {
  return (await scope.locator(`xpath=.//dt[normalize-space(.)="${term}"]/following-sibling::dd[1]`).first().innerText()).trim();
}

async function openDetails(page: Page, programId: string) {
  await card(page, programId).getByRole('button', { name: `Details zu ${programName(programId)}`, exact: true }).click();
  await expectScreen(page, programName(programId));
  expect(page.url()).toContain(`#/ergebnis/programm/${programId}`);
}

async function backToResults(page: Page) {
  await page.getByRole('button', { name: 'Zurück zu den Ergebnissen', exact: true }).first().click();
  await expectScreen(page, 'Ihre Ergebnisse');
}

/** The row of the review page for a question: its answer as shown. */
async function reviewAnswer(page: Page, factId: string): Promise<string> {
  return (await page.locator(`xpath=//dt[normalize-space(.)="${question(factId)}"]/following-sibling::dd[1]`).innerText()).trim();
}

/** Opens the folded "Passt nicht" list. */
async function unfoldNotFitting(page: Page) {
  const details = page.locator('details.results-not');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
}

/** A program's purpose (what it funds) in the words the rules give it. */
function purpose(programId: string): string {
  const text = catalogue.programs.find((p) => p.id === programId)?.massnahmen?.text?.de;
  if (!text) throw new Error(`${programId} has no purpose text`);
  return text;
}

/** A criterion's text in the words the rules give it. */
function criterion(programId: string, criterionId: string): string {
  const text = catalogue.programs.find((p) => p.id === programId)?.criteria.find((c) => c.id === criterionId)?.text.de;
  if (!text) throw new Error(`${programId} has no criterion ${criterionId}`);
  return text;
}

/** The reasons a card (or detail page) gives under "Warum es nicht passt", one per line. */
async function whyNot(scope: ReturnType<Page['locator']>): Promise<string> {
  await expect.poll(() => scope.getByRole('heading', { name: 'Warum es nicht passt', exact: true }).isVisible()).toBe(true);
  return scope.innerText();
}

const PASSED_NO_ROUND = 'Über eine nächste Runde sagen unsere Quellen nichts.';

describe('journeys of new users, in Chromium under the production CSP', () => {
  it('(a) J01 small Gemeinde Kohlberg builds a care network: Quartiersimpulse (20.000 € bis 73.000 €), OrtsNahePflege and the Fachberatung fit; Flächen gewinnen does not – details and overview', async () => {
    const { context, page, found } = await start();
    expect(await page.locator('.caption').innerText()).toBe('Abschnitt 1 von 4');
    await answerSection(page, { antragsteller: 'gemeinde', ags: { search: 'Kohl', pick: 'Kohlberg' } }, 'de', 'Weiter');
    await expectScreen(page, 'Ihr Vorhaben');
    expect(await page.locator('.caption').innerText()).toBe('Abschnitt 2 von 4');
    // What the project does, ticked under its Handlungsfelder.
    await answerSection(page, {
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'quartiersmanagement_netzwerk', 'pflege_versorgung'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    // Asked only where an answer can still change a result: the age theme is settled by the Zielgruppen,
    // Ländlicher Raum and Leistungsschwäche change nothing for a care network.
    await answerSection(page, {
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      sanierungsgebiet: false,
      leader_gebiet: false,
      folgeantrag: false,
    });
    await expectScreen(page, 'Kosten und Zeitplan');
    // External Prozessberatung: 20 days at 800 €.
    await answerSection(page, { kosten_personal: '48.000', kosten_sach: '9.000', kosten_beratung: '16.000', kosten_investition: '0', laufzeit_monate: '24', bereits_begonnen: false });
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'ags')).toBe('Kohlberg');
    expect(await reviewAnswer(page, 'antragsteller')).toBe('Stadt oder Gemeinde (kreisangehörig)');
    expect(await reviewAnswer(page, 'massnahmen')).toBe('Analyse oder Konzept für das Quartier, Bürgerbeteiligung, Quartiersmanagement und Netzwerke, Pflege vor Ort organisieren');
    expect(await reviewAnswer(page, 'kosten_beratung')).toBe(euro(16000));
    await toResults(page, {
      antragsteller: 'gemeinde',
      ags: '08116036',
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'quartiersmanagement_netzwerk', 'pflege_versorgung'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      sanierungsgebiet: false,
      leader_gebiet: false,
      folgeantrag: false,
      kosten_personal: 48000,
      kosten_sach: 9000,
      kosten_beratung: 16000,
      kosten_investition: 0,
      laufzeit_monate: 24,
      bereits_begonnen: false,
    });
    expect(await fittingPrograms(page)).toEqual(eligibleNames('J01'));
    // Quartiersimpulse: all conditions met, 20.000 € up to the 73.000 € of eligible costs; the 2026 round has passed.
    const qi = group(page, 'fits').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await qi.isVisible()).toBe(true);
    expect(await termText(qi, 'Betrag für Ihr Vorhaben')).toBe(`${euro(20000)} bis ${euro(73000)}`);
    expect(await termText(qi, 'Frist')).toContain(`Letzte Frist: 14.08.2026 (abgelaufen). ${PASSED_NO_ROUND}`);
    expect(await qi.getByRole('heading', { name: 'Warum es passt', exact: true }).isVisible()).toBe(true);
    expect(await group(page, 'fits').getByRole('article', { name: programName('ortsnahe-pflege'), exact: true }).count()).toBe(1);
    // The first step is advice: the Fachberatung Quartiersentwicklung, always open.
    const fachberatung = group(page, 'first').getByRole('article', { name: programName('fachberatung-quartier'), exact: true });
    expect(await termText(fachberatung, 'Frist')).toBe('laufend – Anträge jederzeit');
    expect(await termText(fachberatung, 'Betrag für Ihr Vorhaben')).toBe('Kein Geldbetrag – das Angebot ist Beratung oder Qualifizierung.');
    // Whether a single Gemeinde may apply to the next call of the Pflegekonferenzen is open.
    const konferenzen = group(page, 'maybe').getByRole('article', { name: programName('kommunale-pflegekonferenzen'), exact: true });
    expect(await konferenzen.getByRole('heading', { name: 'Was noch fehlt', exact: true }).isVisible()).toBe(true);
    expect(await termText(konferenzen, 'Frist')).toBe(`Letzte Frist: 30.09.2025 (abgelaufen). ${PASSED_NO_ROUND}`);
    // "Passt nicht" is folded away: programs for Vereine, and Flächen gewinnen, which funds inner development only.
    const not = group(page, 'not');
    expect(await not.getByRole('article', { name: programName('beteiligungstaler'), exact: true }).isVisible()).toBe(false);
    const flaechen = not.getByRole('article', { name: programName('flaechen-gewinnen'), exact: true });
    expect(await flaechen.isVisible()).toBe(false);
    await unfoldNotFitting(page);
    expect(await whyNot(flaechen)).toContain(
      `${purpose('flaechen-gewinnen')} Ihr Vorhaben nennt nichts davon, sondern: Analyse oder Konzept für das Quartier, Bürgerbeteiligung, Quartiersmanagement und Netzwerke und Pflege vor Ort organisieren.`,
    );
    // A program that does not fit pays nothing for this project: no amount on its card.
    expect(await flaechen.locator('xpath=.//dt[normalize-space(.)="Betrag für Ihr Vorhaben"]').count()).toBe(0);

    await openDetails(page, 'quartiersimpulse');
    const amount = page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true });
    expect(await amount.innerText()).toContain(`${euro(20000)} bis ${euro(73000)}`);
    expect(await termText(amount, 'Förderfähige Kosten')).toBe(euro(73000));
    expect(await page.getByRole('region', { name: 'Frist', exact: true }).innerText()).toContain(`Letzte Frist: 14.08.2026 (abgelaufen). ${PASSED_NO_ROUND}`);
    expect(await page.getByRole('region', { name: 'Passt das Programm zu Ihrem Vorhaben?', exact: true }).innerText()).toContain('Ergebnis: Passt');
    await backToResults(page);

    await page.getByRole('button', { name: 'Alle Programme im Überblick', exact: true }).click();
    await expectScreen(page, 'Alle Programme im Überblick');
    expect(page.url()).toMatch(/#\/ergebnis\/uebersicht$/);
    const table = page.getByRole('table', { name: 'Programme und die Projektphasen, die sie fördern' });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(30);
    await table.getByRole('button', { name: programName('elr'), exact: true }).click();
    await expectScreen(page, programName('elr'));
    // The browser's back button returns to the overview.
    await page.goBack();
    await expectScreen(page, 'Alle Programme im Überblick');
    await page.getByRole('button', { name: 'Zurück zu den Ergebnissen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(b) a Verein holds Nachbarschaftsgespräche with the Gemeinde’s support: Nachbarschaftsgespräche, Gut Beraten! and Beteiligungstaler fit, Quartiersimpulse does not; "what is missing" leads to the question', async () => {
    const { context, page, found } = await start();
    expect(await shownQuestions(page)).toEqual(['antragsteller', 'ags']);
    // "gemeinnützig" is asked only once a Verein is chosen.
    await answerSection(page, { antragsteller: 'verein', gemeinnuetzig: true, ags: { search: 'Münsi', pick: 'Münsingen, Stadt' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung'],
      zielgruppen: ['alle_generationen'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    // The Fernsehlotterie takes applications through a Spitzenverband: its members are asked.
    await answerSection(page, { buergerbeteiligung: true, kommune_unterstuetzt: true, kommunaler_zuschuss: true, mitglied_wohlfahrtsverband: false, leader_gebiet: 'unknown' });
    await expectScreen(page, 'Kosten und Zeitplan');
    // Only two costs typed: the others count as 0 once one cost is given.
    await answerSection(page, { kosten_personal: '', kosten_sach: '1.500', kosten_beratung: '3.500', kosten_investition: '', bereits_begonnen: false });
    const answers: Answers = {
      antragsteller: 'verein',
      gemeinnuetzig: true,
      ags: '08415053',
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung'],
      zielgruppen: ['alle_generationen'],
      buergerbeteiligung: true,
      kommune_unterstuetzt: true,
      kommunaler_zuschuss: true,
      mitglied_wohlfahrtsverband: false,
      kosten_personal: 0,
      kosten_sach: 1500,
      kosten_beratung: 3500,
      kosten_investition: 0,
      bereits_begonnen: false,
    };
    expect(await reviewAnswer(page, 'leader_gebiet')).toBe('Nicht beantwortet');
    expect(await reviewAnswer(page, 'massnahmen')).toBe('Analyse oder Konzept für das Quartier, Bürgerbeteiligung');
    await toResults(page, answers);
    // Like J13 and J15: initiatives with or without legal form hold the talks, a Verein is advised on its concept.
    expect(await fittingPrograms(page)).toEqual([programName('beteiligungstaler'), programName('gut-beraten'), programName('nachbarschaftsgespraeche')].sort());
    const fits = group(page, 'fits');
    const gespraeche = fits.getByRole('article', { name: programName('nachbarschaftsgespraeche'), exact: true });
    expect(await termText(gespraeche, 'Betrag für Ihr Vorhaben')).toBe(`${euro(3000)} bis ${euro(5000)}`);
    expect(await termText(gespraeche, 'Frist')).toBe('laufend – Anträge jederzeit');
    // The Beteiligungstaler pays up to 2.000 € of the material and facilitation costs.
    const taler = fits.getByRole('article', { name: programName('beteiligungstaler'), exact: true });
    expect(await termText(taler, 'Betrag für Ihr Vorhaben')).toBe(`bis ${euro(2000)}`);
    expect(await termText(taler, 'Frist')).toBe('laufend – Anträge jederzeit');
    const gut = fits.getByRole('article', { name: programName('gut-beraten'), exact: true });
    expect(await termText(gut, 'Betrag für Ihr Vorhaben')).toBe(`bis ${euro(3500)}`);
    expect(await termText(gut, 'Frist')).toMatch(/^keine Frist bekannt/);
    // Quartiersimpulse is for Kommunen only, and says so.
    await unfoldNotFitting(page);
    const qi = group(page, 'not').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await whyNot(qi)).toContain(criterion('quartiersimpulse', 'antragsberechtigt'));

    // LEADER may fit: the missing answer links to its question, which then has focus.
    const leader = group(page, 'maybe').getByRole('article', { name: programName('leader'), exact: true });
    expect(await leader.getByRole('heading', { name: 'Was noch fehlt', exact: true }).isVisible()).toBe(true);
    await leader.getByRole('button', { name: `Frage beantworten: ${question('leader_gebiet')}`, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rahmenbedingungen');
    await expectFocusOn(page, '#q-leader_gebiet', 'the first answer of the LEADER question');
    expect(await page.locator('#q-leader_gebiet').getAttribute('type')).toBe('radio');
    await page.getByRole('group', { name: question('leader_gebiet'), exact: true }).getByRole('radio', { name: 'Nein', exact: true }).check();
    await page.getByRole('button', { name: 'Speichern und zur Übersicht', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'leader_gebiet')).toBe('Nein');
    await toResults(page, { ...answers, leader_gebiet: false });
    expect((await shownGroups(page)).not).toContain(programName('leader'));
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(c) J09 Bodenseekreis with Meersburg and Langenargen: Quartiersimpulse in the higher tier (40.000 € bis 115.000 €) and the Fachberatung fit; without a kreisangehörige Gemeinde Quartiersimpulse does not', async () => {
    const { context, page, found } = await start();
    // The joint application is asked only for a Landkreis.
    await answerSection(page, { antragsteller: 'landkreis', ags: { search: 'Meers', pick: 'Meersburg, Stadt' }, kreis_mit_gemeinde: true });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'quartiersmanagement_netzwerk', 'begegnungsort'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'alle_generationen'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, {
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      leader_gebiet: false,
      folgeantrag: false,
    });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '78.000', kosten_sach: '17.000', kosten_beratung: '35.000', kosten_investition: '0', laufzeit_monate: '24', bereits_begonnen: false });
    expect(await reviewAnswer(page, 'kreis_mit_gemeinde')).toBe('Ja');
    expect(await reviewAnswer(page, 'ags')).toBe('Meersburg, Stadt');
    const answers: Answers = {
      antragsteller: 'landkreis',
      ags: '08435036',
      kreis_mit_gemeinde: true,
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'quartiersmanagement_netzwerk', 'begegnungsort'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'alle_generationen'],
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      leader_gebiet: false,
      folgeantrag: false,
      kosten_personal: 78000,
      kosten_sach: 17000,
      kosten_beratung: 35000,
      kosten_investition: 0,
      laufzeit_monate: 24,
      bereits_begonnen: false,
    };
    await toResults(page, answers);
    expect(await fittingPrograms(page)).toEqual(eligibleNames('J09'));
    const qi = group(page, 'fits').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await termText(qi, 'Betrag für Ihr Vorhaben')).toBe(`${euro(40000)} bis ${euro(115000)}`);
    expect(await group(page, 'first').getByRole('article', { name: programName('fachberatung-quartier'), exact: true }).count()).toBe(1);
    // The Pflegekonferenzen fund care structures, which this project does not build.
    await unfoldNotFitting(page);
    const konferenzen = group(page, 'not').getByRole('article', { name: programName('kommunale-pflegekonferenzen'), exact: true });
    expect(await whyNot(konferenzen)).toContain(
      `${purpose('kommunale-pflegekonferenzen')} Ihr Vorhaben nennt nichts davon, sondern: Analyse oder Konzept für das Quartier, Bürgerbeteiligung, Quartiersmanagement und Netzwerke und Ort der Begegnung.`,
    );
    expect(await termText(konferenzen, 'Frist')).toBe(`Letzte Frist: 30.09.2025 (abgelaufen). ${PASSED_NO_ROUND}`);
    await openDetails(page, 'quartiersimpulse');
    expect(await termText(page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true }), 'Förderfähige Kosten')).toBe(euro(130000));
    await backToResults(page);

    // Without a kreisangehörige Gemeinde (J08) the Landkreis cannot apply for Quartiersimpulse.
    await page.getByRole('button', { name: 'Angaben ändern', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    await page.getByRole('button', { name: 'Angaben ändern: Wer beantragt?', exact: true }).click();
    await expectScreen(page, 'Wer beantragt?');
    await page.getByRole('group', { name: question('kreis_mit_gemeinde'), exact: true }).getByRole('radio', { name: 'Nein', exact: true }).check();
    await page.getByRole('button', { name: 'Speichern und zur Übersicht', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'kreis_mit_gemeinde')).toBe('Nein');
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    const changed = (await draftOf(page))!.answers;
    expect(changed).toMatchObject({ antragsteller: 'landkreis', kreis_mit_gemeinde: false });
    await expect.poll(() => shownGroups(page), { timeout: 10_000 }).toEqual(expectedGroups(changed));
    await unfoldNotFitting(page);
    const alone = group(page, 'not').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await whyNot(alone)).toContain(criterion('quartiersimpulse', 'antragsberechtigt'));
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(d) J27 a commercial Pflegedienst (GmbH) turns a vacant inn into a Tagespflege: ELR fits; the Innovationsprogramm Pflege waits for the Versorgungsvertrag; the social programs rule out commercial bodies', async () => {
    const { context, page, found } = await start();
    await answerSection(page, { antragsteller: 'unternehmen', gemeinnuetzig: false, ags: { search: 'Herbert', pick: 'Herbertingen' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      massnahmen: ['tages_kurzzeitpflege', 'innenentwicklung'],
      phasen: ['investition'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    // The Versorgungsvertrag is asked because the project is a Tagespflege; the de-minimis ceiling because it is a company.
    await answerSection(page, { kommune_unterstuetzt: true, kommunaler_zuschuss: false, laendlicher_raum: true, leader_gebiet: false, versorgungsvertrag: false, de_minimis_unter_grenze: true });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '', kosten_sach: '', kosten_beratung: '', kosten_investition: '1.100.000', bereits_begonnen: false });
    await toResults(page, {
      antragsteller: 'unternehmen',
      gemeinnuetzig: false,
      ags: '08437044',
      massnahmen: ['tages_kurzzeitpflege', 'innenentwicklung'],
      phasen: ['investition'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
      kommune_unterstuetzt: true,
      kommunaler_zuschuss: false,
      laendlicher_raum: true,
      leader_gebiet: false,
      versorgungsvertrag: false,
      de_minimis_unter_grenze: true,
      kosten_personal: 0,
      kosten_sach: 0,
      kosten_beratung: 0,
      kosten_investition: 1100000,
      bereits_begonnen: false,
    });
    expect(await fittingPrograms(page)).toEqual(eligibleNames('J27'));
    const groups = await shownGroups(page);
    expect(groups.not.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.lead').first().innerText()).toContain(`${groups.not.length} passen nicht`);
    // ELR for private-commercial owners: up to 20 % of the building costs.
    const elr = group(page, 'fits').getByRole('article', { name: programName('elr'), exact: true });
    expect(await termText(elr, 'Betrag für Ihr Vorhaben')).toBe(`${euro(110000)} bis ${euro(220000)}`);
    expect(await termText(elr, 'Frist')).toMatch(/^Letzte Frist: 30\.09\.2025 \(abgelaufen\)\. Über eine nächste Runde sagen unsere Quellen nichts\./);

    // The Versorgungsvertrag, which a secondary source asks for, keeps the Innovationsprogramm open – and the card says what would settle it.
    const innovation = group(page, 'maybe').getByRole('article', { name: programName('innovationsprogramm-pflege'), exact: true });
    expect(await innovation.getByRole('heading', { name: 'Was noch fehlt', exact: true }).isVisible()).toBe(true);
    expect(await innovation.locator('.results-hint').innerText()).toBe(`Passt, wenn: ${question('versorgungsvertrag')} Ja`);

    // "Passt nicht" is folded; opening it shows the cards with why they do not fit.
    const not = group(page, 'not');
    const engagiert = not.getByRole('article', { name: programName('pflege-engagiert'), exact: true });
    expect(await engagiert.isVisible()).toBe(false);
    await not.getByText(`${groups.not.length} Programme, die nicht passen`, { exact: true }).click();
    expect(await engagiert.isVisible()).toBe(true);
    expect(await whyNot(engagiert)).toContain('Private (gewerbliche) Träger und Einzelpersonen werden nicht gefördert.');
    expect(await whyNot(not.getByRole('article', { name: programName('ambulante-hilfen'), exact: true }))).toContain('Gewerbliche Anbieter und Privatpersonen gehören nicht dazu');
    // Flächen gewinnen funds inner development, but only Städte, Gemeinden and their associations apply.
    expect(await whyNot(not.getByRole('article', { name: programName('flaechen-gewinnen'), exact: true }))).toContain(criterion('flaechen-gewinnen', 'antragsberechtigt'));

    await openDetails(page, 'elr');
    const amount = page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true });
    expect(await termText(amount, 'Förderquote')).toBe('10\u00a0% bis 20\u00a0%');
    expect(await termText(amount, 'Förderfähige Kosten')).toBe(euro(1100000));
    await backToResults(page);
    await openDetails(page, 'innovationsprogramm-pflege');
    const fit = page.getByRole('region', { name: 'Passt das Programm zu Ihrem Vorhaben?', exact: true });
    expect(await fit.innerText()).toContain('Ergebnis: Passt vielleicht');
    expect(await fit.locator('.results-hint').innerText()).toBe(`Passt, wenn: ${question('versorgungsvertrag')} Ja`);
    await backToResults(page);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(e) J18 a rural Gemeinde (Kolbingen) builds a Dorfgemeinschaftshaus: ELR (40–55 %) and LEADER fit; the Städtebauförderung does not, as there is no Sanierungsgebiet', async () => {
    const { context, page, found } = await start();
    await answerSection(page, { antragsteller: 'gemeinde', ags: { search: 'Kolb', pick: 'Kolbingen' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      massnahmen: ['begegnungsort'],
      phasen: ['investition'],
      zielgruppen: ['alle_generationen'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, { gemeinderatsbeschluss: true, sanierungsgebiet: false, eigene_fachfoerderung: false, laendlicher_raum: true, leader_gebiet: true, leistungsschwach: false });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '0', kosten_sach: '0', kosten_beratung: '0', kosten_investition: '1.300.000', bereits_begonnen: false });
    expect(await reviewAnswer(page, 'kosten_investition')).toBe(euro(1300000));
    expect(await reviewAnswer(page, 'massnahmen')).toBe('Ort der Begegnung');
    await toResults(page, {
      antragsteller: 'gemeinde',
      ags: '08327030',
      massnahmen: ['begegnungsort'],
      phasen: ['investition'],
      zielgruppen: ['alle_generationen'],
      gemeinderatsbeschluss: true,
      sanierungsgebiet: false,
      eigene_fachfoerderung: false,
      laendlicher_raum: true,
      leader_gebiet: true,
      leistungsschwach: false,
      kosten_personal: 0,
      kosten_sach: 0,
      kosten_beratung: 0,
      kosten_investition: 1300000,
      bereits_begonnen: false,
    });
    expect(await fittingPrograms(page)).toEqual(eligibleNames('J18'));
    const fits = group(page, 'fits');
    const elr = fits.getByRole('article', { name: programName('elr'), exact: true });
    expect(await termText(elr, 'Betrag für Ihr Vorhaben')).toBe(`${euro(520000)} bis ${euro(715000)}`);
    expect(await termText(elr, 'Frist')).toMatch(/^Letzte Frist: 30\.09\.2025 \(abgelaufen\)\. Über eine nächste Runde sagen unsere Quellen nichts\./);
    expect(await fits.getByRole('article', { name: programName('leader'), exact: true }).count()).toBe(1);
    // No Sanierungsgebiet: the Städtebauförderung says why it does not fit, and what would change that.
    await unfoldNotFitting(page);
    const not = group(page, 'not');
    const staedtebau = not.getByRole('article', { name: programName('staedtebaufoerderung'), exact: true });
    expect(await whyNot(staedtebau)).toContain(criterion('staedtebaufoerderung', 'foerdergebiet'));
    expect(await staedtebau.locator('.results-hint').innerText()).toBe(`Passt, wenn: ${question('sanierungsgebiet')} Ja`);
    // The Regionalbudget is for small projects; the Ausgleichstock for financially weak Gemeinden.
    expect(await whyNot(not.getByRole('article', { name: programName('leader-regionalbudget'), exact: true }))).toContain(criterion('leader-regionalbudget', 'kleinprojekt'));
    expect(await whyNot(not.getByRole('article', { name: programName('ausgleichstock'), exact: true }))).toContain(criterion('ausgleichstock', 'leistungsschwach'));
    await openDetails(page, 'elr');
    const amount = page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true });
    expect(await termText(amount, 'Förderquote')).toBe('40\u00a0% bis 55\u00a0%');
    expect(await termText(amount, 'Förderfähige Kosten')).toBe(euro(1300000));
    await backToResults(page);
    // "Passt nicht" is folded again when the list is shown anew.
    await unfoldNotFitting(page);
    await openDetails(page, 'staedtebaufoerderung');
    const fit = page.getByRole('region', { name: 'Passt das Programm zu Ihrem Vorhaben?', exact: true });
    expect(await fit.innerText()).toContain('Ergebnis: Passt nicht');
    expect(await fit.innerText()).toContain(criterion('staedtebaufoerderung', 'foerdergebiet'));
    await backToResults(page);
    expect(found).toEqual(clean);
    await context.close();
  });
});
