/**
 * Moving around the wizard: the review's change buttons, the browser's back and forward buttons,
 * reloading, switching the language, answers given in the address and the error summary. After
 * every navigation the new screen's h1 has focus (or, after a link to a question, its control).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerSection,
  card,
  catalogue,
  draftOf,
  expectFocusOn,
  expectScreen,
  type Findings,
  group,
  openPage,
  type Planned,
  programName,
  question,
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

const KOHLBERG: Record<string, Record<string, Planned>> = {
  wer: { antragsteller: 'gemeinde', ags: { search: 'Kohl', pick: 'Kohlberg' } },
  vorhaben: { massnahmen: ['pflege_versorgung'], phasen: ['konzept_analyse', 'umsetzung'], zielgruppen: ['aeltere'] },
  rahmen: {
    gemeinderatsbeschluss: true,
    zivilgesellschaftlicher_partner: true,
    buergerbeteiligung: true,
    externe_beratung: true,
    leader_gebiet: false,
    folgeantrag: false,
  },
  kosten: { kosten_personal: '20.000', kosten_sach: '5.000', kosten_beratung: '10.000', kosten_investition: '0', laufzeit_monate: '24', bereits_begonnen: false },
};
const TITLES = { wer: 'Wer beantragt?', vorhaben: 'Ihr Vorhaben', rahmen: 'Rahmenbedingungen', kosten: 'Kosten und Zeitplan' } as const;
type Section = keyof typeof TITLES;

/** Opens the app and answers the given sections of the Kohlberg plan. */
async function walk(sections: readonly Section[]) {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  await page.goto(server.url);
  await expectScreen(page, 'Förderbaukasten Quartier 2030');
  await page.getByRole('button', { name: 'Jetzt starten', exact: true }).click();
  await expectScreen(page, TITLES.wer);
  const order: Section[] = ['wer', 'vorhaben', 'rahmen', 'kosten'];
  for (const s of sections) {
    await answerSection(page, KOHLBERG[s]!);
    const next = order[order.indexOf(s) + 1];
    await expectScreen(page, next ? TITLES[next] : 'Ihre Angaben prüfen');
  }
  return opened;
}

const checked = (page: Page, name: string) =>
  page.evaluate((n) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]:checked`)].map((e) => e.value), name);

async function reviewAnswer(page: Page, factId: string, q = question(factId)): Promise<string> {
  return (await page.locator(`xpath=//dt[normalize-space(.)="${q}"]/following-sibling::dd[1]`).innerText()).trim();
}

describe('moving around the wizard', () => {
  it('the review page’s change button leads into the section and back to the review', async () => {
    const { context, page, found } = await walk(['wer', 'vorhaben', 'rahmen', 'kosten']);
    expect(await reviewAnswer(page, 'massnahmen')).toBe('Pflege vor Ort organisieren');
    await page.getByRole('button', { name: 'Angaben ändern: Ihr Vorhaben', exact: true }).click();
    await expectScreen(page, 'Ihr Vorhaben');
    expect(page.url()).toMatch(/#\/vorhaben$/);
    expect(await checked(page, 'massnahmen')).toEqual(['pflege_versorgung']);
    await page.getByRole('group', { name: 'Digitalisierung', exact: true }).getByRole('checkbox', { name: 'Digitale Teilhabe', exact: true }).check();
    await page.getByRole('button', { name: 'Speichern und zur Übersicht', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'massnahmen')).toBe('Pflege vor Ort organisieren, Digitale Teilhabe');
    // The same for the first section; the review's "Zurück" leads to the last section.
    await page.getByRole('button', { name: 'Angaben ändern: Wer beantragt?', exact: true }).click();
    await expectScreen(page, 'Wer beantragt?');
    expect(await page.getByRole('combobox', { name: question('ags') }).inputValue()).toBe('Kohlberg');
    await page.getByRole('button', { name: 'Speichern und zur Übersicht', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expectScreen(page, 'Kosten und Zeitplan');
    expect(await page.getByRole('button', { name: 'Weiter', exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    // From the results, "Angaben ändern" leads back to the review.
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.getByRole('button', { name: 'Angaben ändern', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('the browser’s back and forward buttons move between the steps and keep the answers', async () => {
    const { context, page, found } = await walk(['wer', 'vorhaben']);
    expect(page.url()).toMatch(/#\/rahmen$/);
    await page.goBack();
    await expectScreen(page, 'Ihr Vorhaben');
    expect(await checked(page, 'phasen')).toEqual(['konzept_analyse', 'umsetzung']);
    await page.goBack();
    await expectScreen(page, 'Wer beantragt?');
    expect(await checked(page, 'antragsteller')).toEqual(['gemeinde']);
    await expect.poll(() => page.getByRole('combobox', { name: question('ags') }).inputValue()).toBe('Kohlberg');
    await page.goBack();
    await expectScreen(page, 'Förderbaukasten Quartier 2030');
    await page.goForward();
    await expectScreen(page, 'Wer beantragt?');
    await page.goForward();
    await expectScreen(page, 'Ihr Vorhaben');
    await page.goForward();
    await expectScreen(page, 'Rahmenbedingungen');
    // The app's own "Zurück" too.
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expectScreen(page, 'Ihr Vorhaben');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, KOHLBERG.rahmen!);
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, KOHLBERG.kosten!);
    await expectScreen(page, 'Ihre Angaben prüfen');
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    // Results → details → back → forward → overview → back.
    await card(page, 'quartiersimpulse').getByRole('button', { name: `Details zu ${programName('quartiersimpulse')}` }).click();
    await expectScreen(page, programName('quartiersimpulse'));
    await page.goBack();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.goForward();
    await expectScreen(page, programName('quartiersimpulse'));
    await page.getByRole('button', { name: 'Zurück zu den Ergebnissen', exact: true }).first().click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.getByRole('button', { name: 'Alle Programme im Überblick', exact: true }).click();
    await expectScreen(page, 'Alle Programme im Überblick');
    await page.goBack();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.goBack();
    await expectScreen(page, programName('quartiersimpulse'));
    expect(found).toEqual(clean);
    await context.close();
  });

  it('a reload on a step, the review and the results keeps the place and the answers', async () => {
    const { context, page, found } = await walk(['wer', 'vorhaben']);
    await page.reload();
    await expectScreen(page, 'Rahmenbedingungen');
    expect(page.url()).toMatch(/#\/rahmen$/);
    expect(await shownQuestions(page)).toEqual(Object.keys(KOHLBERG.rahmen!));
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expectScreen(page, 'Ihr Vorhaben');
    expect(await checked(page, 'massnahmen')).toEqual(['pflege_versorgung']);
    expect(await checked(page, 'zielgruppen')).toEqual(['aeltere']);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Rahmenbedingungen');
    await answerSection(page, KOHLBERG.rahmen!);
    await expectScreen(page, 'Kosten und Zeitplan');
    await answerSection(page, KOHLBERG.kosten!);
    await expectScreen(page, 'Ihre Angaben prüfen');
    await page.reload();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'ags')).toBe('Kohlberg');
    expect(await reviewAnswer(page, 'kosten_sach')).toBe('5.000\u00a0€');
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.reload();
    await expectScreen(page, 'Ihre Ergebnisse');
    expect(await group(page, 'fits').getByRole('article', { name: programName('quartiersimpulse'), exact: true }).count()).toBe(1);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('a reload on a program’s details keeps the details (#/ergebnis/programm/…)', async () => {
    const { context, page, found } = await walk(['wer', 'vorhaben', 'rahmen', 'kosten']);
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await card(page, 'quartiersimpulse').getByRole('button', { name: `Details zu ${programName('quartiersimpulse')}` }).click();
    await expectScreen(page, programName('quartiersimpulse'));
    expect(page.url()).toMatch(/#\/ergebnis\/programm\/quartiersimpulse$/);
    await page.reload();
    await expectScreen(page, programName('quartiersimpulse'));
    expect(page.url()).toMatch(/#\/ergebnis\/programm\/quartiersimpulse$/);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('a reload on the overview keeps the overview (#/ergebnis/uebersicht)', async () => {
    const { context, page, found } = await walk(['wer', 'vorhaben', 'rahmen', 'kosten']);
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.getByRole('button', { name: 'Alle Programme im Überblick', exact: true }).click();
    await expectScreen(page, 'Alle Programme im Überblick');
    await page.reload();
    await expectScreen(page, 'Alle Programme im Überblick');
    expect(page.url()).toMatch(/#\/ergebnis\/uebersicht$/);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('switching to English on a step keeps the answers, also those not yet saved', async () => {
    const { context, page, found } = await walk(['wer']);
    await page.getByRole('group', { name: 'Pflege und Gesundheit', exact: true }).getByRole('checkbox', { name: 'Pflege vor Ort organisieren', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Umsetzung (Aktivitäten, Personal)', exact: true }).check();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your project');
    expect(await page.locator('.caption').innerText()).toBe('Section 2 of 4');
    // The Maßnahme under its Handlungsfeld, both in English now.
    expect(await page.getByRole('group', { name: 'Care and health', exact: true }).getByRole('checkbox', { name: 'Organising care locally', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Implementation (activities, staff)', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toMatch(/#\/vorhaben$/);
    await page.getByRole('checkbox', { name: 'Older people', exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectScreen(page, 'Conditions');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectScreen(page, 'Costs and schedule');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expectScreen(page, 'Check your answers');
    expect(await reviewAnswer(page, 'antragsteller', question('antragsteller', 'en'))).toBe('Town or municipality (within a district)');
    expect(await reviewAnswer(page, 'ags', question('ags', 'en'))).toBe('Kohlberg');
    expect(await reviewAnswer(page, 'massnahmen', question('massnahmen', 'en'))).toBe('Organising care locally');
    expect(await reviewAnswer(page, 'phasen', question('phasen', 'en'))).toBe('Implementation (activities, staff)');
    // And back to German: the same answers.
    await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'zielgruppen')).toBe('Ältere Menschen');
    expect((await draftOf(page))?.answers).toMatchObject({ antragsteller: 'gemeinde', ags: '08116036', massnahmen: ['pflege_versorgung'], phasen: ['umsetzung'], zielgruppen: ['aeltere'] });
    expect(found).toEqual(clean);
    await context.close();
  });

  it('?lang=en opens the app in English', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.goto(`${server.url}?lang=en`);
    await expectScreen(page, 'Funding toolkit Quartier 2030');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Funding toolkit Quartier 2030');
    await page.getByRole('button', { name: 'Start now', exact: true }).click();
    await expectScreen(page, 'Who applies?');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('answers in the address are taken as given and shown on the review', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.goto(`${server.url}?antragsteller=gemeinde&ags=08116036&buergerbeteiligung=ja`);
    await expectScreen(page, 'Förderbaukasten Quartier 2030');
    expect(await page.locator('.notice').count()).toBe(0);
    await page.getByRole('button', { name: 'Weiter mit Ihren Angaben', exact: true }).click();
    await expectScreen(page, 'Wer beantragt?');
    // Already answered: nothing to do on this step but to go on.
    expect(await checked(page, 'antragsteller')).toEqual(['gemeinde']);
    await expect.poll(() => page.getByRole('combobox', { name: question('ags') }).inputValue()).toBe('Kohlberg');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, KOHLBERG.vorhaben!);
    await expectScreen(page, 'Rahmenbedingungen');
    expect(await checked(page, 'buergerbeteiligung')).toEqual(['ja']);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Kosten und Zeitplan');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    expect(await reviewAnswer(page, 'antragsteller')).toBe('Stadt oder Gemeinde (kreisangehörig)');
    expect(await reviewAnswer(page, 'ags')).toBe('Kohlberg');
    expect(await reviewAnswer(page, 'buergerbeteiligung')).toBe('Ja');
    expect(await reviewAnswer(page, 'gemeinderatsbeschluss')).toBe('Nicht beantwortet');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('an invalid answer in the address is ignored with a visible notice', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.goto(`${server.url}?antragsteller=konzern`);
    await expectScreen(page, 'Förderbaukasten Quartier 2030');
    const notice = page.getByRole('status').filter({ hasText: 'nicht übernommen' });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe('Diese Angaben aus der Adresse wurden nicht übernommen, weil sie nicht gültig sind: antragsteller');
    await page.getByRole('button', { name: 'Jetzt starten', exact: true }).click();
    await expectScreen(page, 'Wer beantragt?');
    expect(await checked(page, 'antragsteller')).toEqual([]);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('"Weiter" without an applicant shows the error summary, which takes focus; its link focuses the first radio', async () => {
    const { context, page, found } = await walk([]);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.count()).toBe(1);
    await expectFocusOn(page, '.ui-error-summary[role="alert"]', 'the error summary');
    expect(await summary.innerText()).toBe('Es gibt ein Problem\nBitte beantworten Sie: Wer stellt den Antrag?');
    expect(await page.locator('h1').textContent()).toBe('Wer beantragt?');
    // The question shows the error too, and its radios are marked invalid.
    const fieldset = page.getByRole('group', { name: question('antragsteller'), exact: true });
    expect(await fieldset.locator('.ui-error-message').innerText()).toContain('Bitte beantworten Sie: Wer stellt den Antrag?');
    expect(await page.locator('#q-antragsteller').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Bitte beantworten Sie: Wer stellt den Antrag?', exact: true }).click();
    await expectFocusOn(page, '#q-antragsteller', 'the first radio of "Wer stellt den Antrag?"');
    expect(page.url()).toMatch(/#\/wer$/);
    // Answering and going on works, and the summary is gone when coming back.
    await page.keyboard.press('Space');
    expect(await checked(page, 'antragsteller')).toEqual(['gemeinde']);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Ihr Vorhaben');
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expectScreen(page, 'Wer beantragt?');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('every "Frage beantworten" link of a result leads to a question that is shown, and focuses it', async () => {
    // Conditions and costs left open, so programs that may fit have questions to link back to.
    const { context, page, found } = await walk(['wer', 'vorhaben']);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, TITLES.kosten);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectScreen(page, 'Ihre Angaben prüfen');
    await page.getByRole('button', { name: 'Ergebnis anzeigen', exact: true }).click();
    await expectScreen(page, 'Ihre Ergebnisse');
    await page.locator('details.results-not > summary').click();
    const links = page.getByRole('button', { name: /^Frage beantworten: / });
    const names = [...new Set(await links.allTextContents())];
    expect(names.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const name of names) {
      const q = name.replace(/^Frage beantworten: /, '');
      const id = catalogue.facts.find((f) => f.question?.de === q)!.id;
      await page.getByRole('button', { name, exact: true }).first().click();
      await expect.poll(async () => ((await page.locator('h1').textContent()) ?? '').length).toBeGreaterThan(0);
      await page.waitForTimeout(100);
      const focused = await page.evaluate((i) => document.activeElement?.id === `q-${i}`, id);
      if (!focused) broken.push(`"${name}" → ${await page.locator('h1').textContent()}: the question is ${(await page.locator(`#q-${id}`).count()) ? 'shown but not focused' : 'not shown'}`);
      await page.goBack();
      await expectScreen(page, 'Ihre Ergebnisse');
      if (!(await page.locator('details.results-not').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('details.results-not > summary').click();
    }
    expect(broken).toEqual([]);
    expect(found).toEqual(clean);
    await context.close();
  });
});
