/**
 * The whole journey with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; no click,
 * no `fill`, no `check`): an initiative in Tamm with a participation project, through the error
 * summary, the Gemeinde combobox, every section, the review, the results and one program's details.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  answerSection,
  describeFocus,
  draftOf,
  euro,
  expectedGroups,
  expectFocusOn,
  expectScreen,
  openPage,
  programName,
  shownGroups,
  serveAppForFile,
  type Served,
} from './harness';

let browser: Browser;
let server: Served;

serveAppForFile((b, s) => {
  browser = b;
  server = s;
});

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}): Promise<number> {
  for (let i = 0; i <= max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}; focus is on ${await describeFocus(page)}`);
}

/** Tabs to a button by its visible text (or accessible name) and presses Enter. */
async function pressButton(page: Page, name: string, options: { back?: boolean } = {}) {
  const marked = await page.evaluate((n) => {
    document.querySelectorAll('[data-kbd-target]').forEach((e) => e.removeAttribute('data-kbd-target'));
    const all = [...document.querySelectorAll('button, summary, a[href]')];
    const target = all.find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n);
    target?.setAttribute('data-kbd-target', '');
    return target !== undefined;
  }, name);
  if (!marked) throw new Error(`no button "${name}"`);
  await tabTo(page, '[data-kbd-target]', options);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group and moves with the arrow keys to the answer (arrow keys check it). */
async function chooseRadio(page: Page, name: string, value: string) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 20; i += 1) {
    const state = await page.evaluate(() => {
      const e = document.activeElement as HTMLInputElement;
      return { value: e.value, checked: e.checked };
    });
    if (state.value === value) {
      if (!state.checked) await page.keyboard.press('Space');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio ${name}=${value} not reached`);
}

/** Tabs to each checkbox (forward, in the page's order) and ticks it with Space. */
async function tick(page: Page, name: string, values: readonly string[]) {
  for (const v of values) {
    await tabTo(page, `input[type="checkbox"][name="${name}"][value="${v}"]`);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  }
}

async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`);
  await page.keyboard.type(text);
}

describe('the whole journey with the keyboard only', () => {
  it('an initiative in Tamm: error summary, combobox, all sections, review, results and details', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.goto(server.url);
    await expectScreen(page, 'Förderbaukasten Quartier 2030');
    // The skip link comes first in the page; from the focused h1 Tab reaches the start button.
    await pressButton(page, 'Jetzt starten');
    await expectScreen(page, 'Wer beantragt?');

    // Continue without an answer: the error summary takes focus, its link leads to the first radio.
    await pressButton(page, 'Weiter');
    await expectFocusOn(page, '.ui-error-summary', 'the error summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.ui-error-summary') !== null)).toBe(true);
    // Tabbing across the unanswered radios on the way to "Weiter" must not change the message.
    expect.soft(await describeFocus(page), 'the error summary link names the question').toBe('A "Bitte beantworten Sie: Wer stellt den Antrag?"');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, '#q-antragsteller', 'the first answer of "Wer stellt den Antrag?"');
    expect(page.url()).toMatch(/#\/wer$/);

    await chooseRadio(page, 'antragsteller', 'initiative');
    await typeInto(page, 'q-ags', 'Tamm');
    const combobox = page.locator('#q-ags');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await combobox.getAttribute('aria-expanded')).toBe('true');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe('q-ags-option-08118071');
    await page.keyboard.press('Enter');
    await expect.poll(() => combobox.inputValue()).toBe('Tamm');
    expect(await combobox.getAttribute('aria-expanded')).toBe('false');
    // Back with Shift+Tab: the chosen applicant is still checked.
    await tabTo(page, 'input[name="antragsteller"]', { back: true });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('initiative');
    await pressButton(page, 'Weiter');

    await expectScreen(page, 'Ihr Vorhaben');
    // The Maßnahmen sit in one fieldset per Handlungsfeld; Tab walks them in the page's order.
    await tick(page, 'massnahmen', ['quartiersanalyse_konzept', 'beteiligungsprozess', 'qualifizierung']);
    await tick(page, 'phasen', ['information_beratung', 'konzept_analyse', 'beteiligung', 'qualifizierung']);
    await tick(page, 'zielgruppen', ['alle_generationen']);
    await pressButton(page, 'Weiter');

    await expectScreen(page, 'Rahmenbedingungen');
    await chooseRadio(page, 'buergerbeteiligung', 'ja');
    await chooseRadio(page, 'kommune_unterstuetzt', 'ja');
    await chooseRadio(page, 'kommunaler_zuschuss', 'nein');
    await chooseRadio(page, 'leader_gebiet', 'nein');
    await pressButton(page, 'Weiter');

    await expectScreen(page, 'Kosten und Zeitplan');
    await typeInto(page, 'q-kosten_sach', '2.500');
    await typeInto(page, 'q-kosten_beratung', '3.000');
    await chooseRadio(page, 'bereits_begonnen', 'nein');
    // Back to the staff costs with Shift+Tab: they stay empty (counted as 0).
    await tabTo(page, '#q-kosten_personal', { back: true });
    await pressButton(page, 'Weiter');

    await expectScreen(page, 'Ihre Angaben prüfen');
    await pressButton(page, 'Ergebnis anzeigen');
    await expectScreen(page, 'Ihre Ergebnisse');
    const answers: Answers = {
      antragsteller: 'initiative',
      ags: '08118071',
      massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'qualifizierung'],
      phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'qualifizierung'],
      zielgruppen: ['alle_generationen'],
      buergerbeteiligung: true,
      kommune_unterstuetzt: true,
      kommunaler_zuschuss: false,
      leader_gebiet: false,
      kosten_personal: 0,
      kosten_sach: 2500,
      kosten_beratung: 3000,
      kosten_investition: 0,
      bereits_begonnen: false,
    };
    expect((await draftOf(page))?.answers).toEqual(answers);
    const groups = await shownGroups(page);
    expect(groups).toEqual(expectedGroups(answers));
    expect(groups.fits).toEqual(expect.arrayContaining([programName('beteiligungstaler'), programName('gut-beraten'), programName('nachbarschaftsgespraeche')]));
    expect(groups.first).toContain(programName('quartiersakademie'));

    // "Passt nicht" opens with Enter on its summary.
    const details = page.locator('details.results-not');
    await tabTo(page, 'details.results-not > summary');
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    // One program's details, and back, by keyboard (Shift+Tab up from the folded list).
    await pressButton(page, `Details zu ${programName('nachbarschaftsgespraeche')}`, { back: true });
    await expectScreen(page, programName('nachbarschaftsgespraeche'));
    expect(await page.getByRole('region', { name: 'Betrag für Ihr Vorhaben', exact: true }).innerText()).toContain(`${euro(3000)} bis ${euro(5500)}`);
    await pressButton(page, 'Zurück zu den Ergebnissen');
    await expectScreen(page, 'Ihre Ergebnisse');

    expect(found).toEqual({ violations: [], errors: [], foreign: [] });
    await context.close();
  });

  it('optional questions may be left open: tabbing past them to "Weiter" goes on to the next section', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.goto(server.url);
    await expectScreen(page, 'Förderbaukasten Quartier 2030');
    await pressButton(page, 'Jetzt starten');
    await expectScreen(page, 'Wer beantragt?');
    await answerSection(page, { antragsteller: 'gemeinde', ags: { search: 'Kohl', pick: 'Kohlberg' } });
    await expectScreen(page, 'Ihr Vorhaben');
    await answerSection(page, { massnahmen: ['pflege_versorgung'], phasen: ['umsetzung'], zielgruppen: ['aeltere'] });
    await expectScreen(page, 'Rahmenbedingungen');
    // "Sie können jede Frage auch offen lassen": Tab across all yes/no questions, Enter on "Weiter".
    await pressButton(page, 'Weiter');
    await page.waitForTimeout(200);
    const summary = page.locator('.ui-error-summary');
    expect((await summary.count()) ? await summary.innerText() : 'no error summary').toBe('no error summary');
    await expectScreen(page, 'Kosten und Zeitplan');
    expect(found).toEqual({ violations: [], errors: [], foreign: [] });
    await context.close();
  });
});
