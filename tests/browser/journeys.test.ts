/**
 * Whole journeys as a new user walks them, from the start page to the results, in Chromium under
 * the production CSP. Every navigation checks that the new screen's h1 has focus; every journey
 * ends with the stored answers, the program groups (checked against the engine for the same
 * answers on the same day) and the amounts and deadlines a user reads.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answerSection,
  card,
  draftOf,
  euro,
  expectedGroups,
  expectFocusOn,
  expectScreen,
  type Findings,
  group,
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
  expect(await shownGroups(page)).toEqual(expectedGroups(answers));
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

describe('journeys of new users, in Chromium under the production CSP', () => {
  it('(a) small Gemeinde Kohlberg, care project: Quartiersimpulse fits with 20.000 € bis 67.500 €, details and overview', async () => {
    const { context, page, found } = await start();
    expect(await page.locator('.caption').innerText()).toBe('Abschnitt 1 von 4');
    await answerSection(page, { antragsteller: 'gemeinde', ags: { search: 'Kohl', pick: 'Kohlberg' } }, 'de', 'Weiter');
    await expectScreen(page, 'Ihr Vorhaben');
    expect(await page.locator('.caption').innerText()).toBe('Abschnitt 2 von 4');
    await answerSection(page, {
      handlungsfelder: ['beteiligung_engagement', 'pflege_gesundheit'],
      phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    // Ländlicher Raum and Leistungsschwäche cannot change any result here: they are not asked.
    await answerSection(page, {
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      kommunaler_zuschuss: true,
      sanierungsgebiet: false,
      leader_gebiet: false,
      folgeantrag: false,
    });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '40.000', kosten_sach: '12.500', kosten_beratung: '15.000', kosten_investition: '0', bereits_begonnen: false });
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'ags')).toBe('Kohlberg');
    expect(await reviewAnswer(page, 'antragsteller')).toBe('Stadt oder Gemeinde (kreisangehörig)');
    expect(await reviewAnswer(page, 'kosten_sach')).toBe(euro(12500));
    expect(await reviewAnswer(page, 'handlungsfelder')).toBe('Beteiligung, Engagement und Teilhabe, Pflege und Gesundheit');
    await toResults(page, {
      antragsteller: 'gemeinde',
      ags: '08116036',
      handlungsfelder: ['beteiligung_engagement', 'pflege_gesundheit'],
      phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      kommunaler_zuschuss: true,
      sanierungsgebiet: false,
      leader_gebiet: false,
      folgeantrag: false,
      kosten_personal: 40000,
      kosten_sach: 12500,
      kosten_beratung: 15000,
      kosten_investition: 0,
      bereits_begonnen: false,
    });
    // Quartiersimpulse: all conditions met, 20.000 € up to the 67.500 € of eligible costs; the 2026 round has passed.
    const qi = group(page, 'fits').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await qi.isVisible()).toBe(true);
    expect(await termText(qi, 'Betrag für Ihr Vorhaben')).toBe(`${euro(20000)} bis ${euro(67500)}`);
    expect(await termText(qi, 'Frist')).toBe('Frist abgelaufen (letzte: 14.08.2026) – nächste Runde noch nicht ausgeschrieben');
    expect(await qi.getByRole('heading', { name: 'Warum es passt', exact: true }).isVisible()).toBe(true);
    // The first step is advice: the Fachberatung Quartiersentwicklung, always open.
    const fachberatung = group(page, 'first').getByRole('article', { name: programName('fachberatung-quartier'), exact: true });
    expect(await termText(fachberatung, 'Frist')).toBe('laufend – Anträge jederzeit');
    expect(await termText(fachberatung, 'Betrag für Ihr Vorhaben')).toBe('Kein Geldbetrag – das Angebot ist Beratung oder Qualifizierung.');
    // A Kreis program for a single Gemeinde stays open.
    expect(await group(page, 'maybe').getByRole('article', { name: programName('kommunale-pflegekonferenzen'), exact: true }).count()).toBe(1);
    // Programs for Vereine do not fit; they are folded away.
    const not = group(page, 'not');
    expect(await not.getByRole('article', { name: programName('beteiligungstaler'), exact: true }).isVisible()).toBe(false);

    await openDetails(page, 'quartiersimpulse');
    const amount = page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true });
    expect(await amount.innerText()).toContain(`${euro(20000)} bis ${euro(67500)}`);
    expect(await page.getByRole('region', { name: 'Frist', exact: true }).innerText()).toContain('Frist abgelaufen (letzte: 14.08.2026)');
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

  it('(b) a Verein with the Gemeinde’s support for participation: Beteiligungstaler, Gut Beraten! and Nachbarschaftsgespräche fit; "what is missing" leads to the question', async () => {
    const { context, page, found } = await start();
    expect(await shownQuestions(page)).toEqual(['antragsteller', 'ags']);
    // "gemeinnützig" is asked only once a Verein is chosen.
    await answerSection(page, { antragsteller: 'verein', gemeinnuetzig: true, ags: { search: 'Münsi', pick: 'Münsingen, Stadt' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      handlungsfelder: ['beteiligung_engagement'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung'],
      zielgruppen: ['alle_generationen'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, { buergerbeteiligung: true, kommune_unterstuetzt: true, kommunaler_zuschuss: true, leader_gebiet: 'unknown' });
    await expectScreen(page, 'Kosten und Zeitplan');
    // Only two costs typed: the others count as 0 once one cost is given.
    await answerSection(page, { kosten_personal: '', kosten_sach: '1.500', kosten_beratung: '3.500', kosten_investition: '', bereits_begonnen: false });
    const answers: Answers = {
      antragsteller: 'verein',
      gemeinnuetzig: true,
      ags: '08415053',
      handlungsfelder: ['beteiligung_engagement'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung'],
      zielgruppen: ['alle_generationen'],
      buergerbeteiligung: true,
      kommune_unterstuetzt: true,
      kommunaler_zuschuss: true,
      kosten_personal: 0,
      kosten_sach: 1500,
      kosten_beratung: 3500,
      kosten_investition: 0,
      bereits_begonnen: false,
    };
    expect(await reviewAnswer(page, 'leader_gebiet')).toBe('Nicht beantwortet');
    await toResults(page, answers);
    const fits = group(page, 'fits');
    const taler = fits.getByRole('article', { name: programName('beteiligungstaler'), exact: true });
    expect(await termText(taler, 'Betrag für Ihr Vorhaben')).toBe(`bis ${euro(1500)}`);
    expect(await termText(taler, 'Frist')).toBe('laufend – Anträge jederzeit');
    const gut = fits.getByRole('article', { name: programName('gut-beraten'), exact: true });
    expect(await termText(gut, 'Betrag für Ihr Vorhaben')).toBe(`bis ${euro(3500)}`);
    expect(await termText(gut, 'Frist')).toBe('keine Frist bekannt');
    const gespraeche = fits.getByRole('article', { name: programName('nachbarschaftsgespraeche'), exact: true });
    expect(await termText(gespraeche, 'Betrag für Ihr Vorhaben')).toBe(`${euro(3000)} bis ${euro(5000)}`);
    expect((await shownGroups(page)).not).toContain(programName('quartiersimpulse'));

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

  it('(c) a Landkreis with a kreisangehörige Gemeinde: Quartiersimpulse in the higher tier and the Pflegekonferenzen fit', async () => {
    const { context, page, found } = await start();
    // The joint application is asked only for a Landkreis.
    await answerSection(page, { antragsteller: 'landkreis', ags: { search: 'Sigma', pick: 'Sigmaringen, Stadt' }, kreis_mit_gemeinde: true });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      handlungsfelder: ['pflege_gesundheit'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, {
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      kommunaler_zuschuss: false,
      leader_gebiet: false,
      folgeantrag: false,
    });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '60.000', kosten_sach: '20.000', kosten_beratung: '20.000', kosten_investition: '0', bereits_begonnen: false });
    expect(await reviewAnswer(page, 'kreis_mit_gemeinde')).toBe('Ja');
    expect(await reviewAnswer(page, 'ags')).toBe('Sigmaringen, Stadt');
    await toResults(page, {
      antragsteller: 'landkreis',
      ags: '08437104',
      kreis_mit_gemeinde: true,
      handlungsfelder: ['pflege_gesundheit'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
      gemeinderatsbeschluss: true,
      zivilgesellschaftlicher_partner: true,
      buergerbeteiligung: true,
      externe_beratung: true,
      kommunaler_zuschuss: false,
      leader_gebiet: false,
      folgeantrag: false,
      kosten_personal: 60000,
      kosten_sach: 20000,
      kosten_beratung: 20000,
      kosten_investition: 0,
      bereits_begonnen: false,
    });
    const qi = group(page, 'fits').getByRole('article', { name: programName('quartiersimpulse'), exact: true });
    expect(await termText(qi, 'Betrag für Ihr Vorhaben')).toBe(`${euro(40000)} bis ${euro(100000)}`);
    const konferenzen = group(page, 'fits').getByRole('article', { name: programName('kommunale-pflegekonferenzen'), exact: true });
    expect(await termText(konferenzen, 'Frist')).toBe('Frist abgelaufen (letzte: 30.09.2025) – nächste Runde noch nicht ausgeschrieben');
    expect(await group(page, 'fits').getByRole('article', { name: programName('ortsnahe-pflege'), exact: true }).count()).toBe(1);
    await openDetails(page, 'kommunale-pflegekonferenzen');
    await backToResults(page);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(d) a commercial company: most programs do not fit, ELR does; the detail page says what would make Aktion Mensch fit', async () => {
    const { context, page, found } = await start();
    await answerSection(page, { antragsteller: 'unternehmen', gemeinnuetzig: false, ags: { search: 'Ostr', pick: 'Ostrach' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      handlungsfelder: ['pflege_gesundheit', 'wirtschaft_nahversorgung'],
      phasen: ['umsetzung', 'investition'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, { kommune_unterstuetzt: true, kommunaler_zuschuss: false, laendlicher_raum: true, leader_gebiet: false });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '', kosten_sach: '', kosten_beratung: '', kosten_investition: '400.000', bereits_begonnen: false });
    await toResults(page, {
      antragsteller: 'unternehmen',
      gemeinnuetzig: false,
      ags: '08437086',
      handlungsfelder: ['pflege_gesundheit', 'wirtschaft_nahversorgung'],
      phasen: ['umsetzung', 'investition'],
      zielgruppen: ['aeltere', 'pflegebeduerftige'],
      kommune_unterstuetzt: true,
      kommunaler_zuschuss: false,
      laendlicher_raum: true,
      leader_gebiet: false,
      kosten_personal: 0,
      kosten_sach: 0,
      kosten_beratung: 0,
      kosten_investition: 400000,
      bereits_begonnen: false,
    });
    const groups = await shownGroups(page);
    expect(groups.not.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.lead').first().innerText()).toContain(`${groups.not.length} passen nicht`);
    const elr = group(page, 'fits').getByRole('article', { name: programName('elr'), exact: true });
    expect(await termText(elr, 'Betrag für Ihr Vorhaben')).toBe(`${euro(80000)} bis ${euro(140000)}`);
    expect(await group(page, 'maybe').getByRole('article', { name: programName('kfw-ikk-barrierearme-stadt'), exact: true }).count()).toBe(1);

    // "Passt nicht" is folded; opening it shows the cards with why they do not fit and a hint.
    const not = group(page, 'not');
    const aktion = not.getByRole('article', { name: programName('aktion-mensch'), exact: true });
    expect(await aktion.isVisible()).toBe(false);
    await not.getByText(`${groups.not.length} Programme, die nicht passen`, { exact: true }).click();
    expect(await aktion.isVisible()).toBe(true);
    expect(await aktion.getByRole('heading', { name: 'Warum es nicht passt', exact: true }).isVisible()).toBe(true);
    expect(await aktion.locator('.results-hint').innerText()).toMatch(/^Passt, wenn: Ist Ihre Organisation als gemeinnützig anerkannt\? Ja; /);

    await openDetails(page, 'aktion-mensch');
    const fit = page.getByRole('region', { name: 'Passt das Programm zu Ihrem Vorhaben?', exact: true });
    expect(await fit.innerText()).toContain('Ergebnis: Passt nicht');
    const hint = fit.locator('.results-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toContain('Passt, wenn eine dieser Änderungen zutrifft:');
    const ways = await hint.locator('li').allInnerTexts();
    expect(ways.length).toBeGreaterThanOrEqual(2);
    for (const way of ways) expect(way).toMatch(/^Ist Ihre Organisation als gemeinnützig anerkannt\? Ja; Für wen ist das Vorhaben vor allem gedacht\? auch /);
    expect(ways).toContain('Ist Ihre Organisation als gemeinnützig anerkannt? Ja; Für wen ist das Vorhaben vor allem gedacht? auch Menschen mit Behinderung');
    await backToResults(page);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('(e) a rural Gemeinde (Kolbingen) builds a Dorfgemeinschaftshaus: ELR 40–55 %, LEADER and Städtebauförderung fit', async () => {
    const { context, page, found } = await start();
    await answerSection(page, { antragsteller: 'gemeinde', ags: { search: 'Kolb', pick: 'Kolbingen' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, {
      handlungsfelder: ['beteiligung_engagement', 'familie_generationen'],
      phasen: ['investition'],
      zielgruppen: ['alle_generationen'],
    });
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, { gemeinderatsbeschluss: true, laendlicher_raum: true, leader_gebiet: true, leistungsschwach: false });
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, { kosten_personal: '0', kosten_sach: '0', kosten_beratung: '0', kosten_investition: '600.000', bereits_begonnen: false });
    expect(await reviewAnswer(page, 'kosten_investition')).toBe(euro(600000));
    await toResults(page, {
      antragsteller: 'gemeinde',
      ags: '08327030',
      handlungsfelder: ['beteiligung_engagement', 'familie_generationen'],
      phasen: ['investition'],
      zielgruppen: ['alle_generationen'],
      gemeinderatsbeschluss: true,
      laendlicher_raum: true,
      leader_gebiet: true,
      leistungsschwach: false,
      kosten_personal: 0,
      kosten_sach: 0,
      kosten_beratung: 0,
      kosten_investition: 600000,
      bereits_begonnen: false,
    });
    const fits = group(page, 'fits');
    const elr = fits.getByRole('article', { name: programName('elr'), exact: true });
    expect(await termText(elr, 'Betrag für Ihr Vorhaben')).toBe(`${euro(240000)} bis ${euro(330000)}`);
    expect(await termText(elr, 'Frist')).toBe('Frist abgelaufen (letzte: 30.09.2025) – nächste Runde noch nicht ausgeschrieben');
    expect(await termText(fits.getByRole('article', { name: programName('staedtebaufoerderung'), exact: true }), 'Betrag für Ihr Vorhaben')).toBe(euro(360000));
    expect(await fits.getByRole('article', { name: programName('leader'), exact: true }).count()).toBe(1);
    expect((await shownGroups(page)).not).toContain(programName('leader-regionalbudget'));
    await openDetails(page, 'elr');
    const amount = page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true });
    expect(await termText(amount, 'Förderquote')).toBe('40\u00a0% bis 55\u00a0%');
    expect(await termText(amount, 'Förderfähige Kosten')).toBe(euro(600000));
    await backToResults(page);
    expect(found).toEqual(clean);
    await context.close();
  });
});
