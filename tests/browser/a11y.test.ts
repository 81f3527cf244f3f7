/**
 * Every screen in both languages: axe (WCAG 2.2 AA tags) with no violation, no horizontal
 * scrolling at 320 px and at 1280 px, and a full-page screenshot at both widths for humans
 * (test-results/screens/). All findings are collected and reported together per language.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerSection,
  axe,
  card,
  expectScreen,
  fact,
  horizontalOverflow,
  type Lang,
  openPage,
  type Planned,
  programName,
  question,
  screenshot,
  sectionTitle,
  tx,
  serveAppForFile,
  type Served,
} from './harness';

let browser: Browser;
let server: Served;

serveAppForFile((b, s) => {
  browser = b;
  server = s;
});

const PLAN: Record<'wer' | 'vorhaben' | 'rahmen' | 'kosten', Record<string, Planned>> = {
  wer: { antragsteller: 'gemeinde', ags: { search: 'Kohl', pick: 'Kohlberg' } },
  vorhaben: {
    massnahmen: ['quartiersanalyse_konzept', 'beteiligungsprozess', 'quartiersmanagement_netzwerk', 'pflege_versorgung'],
    phasen: ['information_beratung', 'konzept_analyse', 'beteiligung', 'umsetzung'],
    zielgruppen: ['aeltere', 'pflegebeduerftige'],
  },
  rahmen: {
    gemeinderatsbeschluss: true,
    zivilgesellschaftlicher_partner: true,
    buergerbeteiligung: true,
    externe_beratung: true,
    sanierungsgebiet: false,
    leader_gebiet: false,
    folgeantrag: false,
  },
  kosten: { kosten_personal: '48.000', kosten_sach: '9.000', kosten_beratung: '16.000', kosten_investition: '0', laufzeit_monate: '24', bereits_begonnen: false },
};

/** Checks the screen as it is now: axe, reflow at 1280 and 320 px, screenshots at both. */
function checker(page: Page, lang: Lang) {
  const violations: Record<string, string[]> = {};
  const overflow: Record<string, number> = {};
  let n = 0;
  return {
    violations,
    overflow,
    async check(name: string) {
      n += 1;
      const label = `${lang}-${String(n).padStart(2, '0')}-${name}`;
      const found = await axe(page);
      if (found.length) violations[label] = found;
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(50);
        const px = await horizontalOverflow(page);
        if (px > 0) overflow[`${label}@${width}`] = px;
        await screenshot(page, label);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  };
}

describe('every screen: axe with 0 violations, no horizontal scrolling at 320 and 1280 px, screenshots', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`in ${lang === 'de' ? 'German' : 'English'}`, async () => {
      const { context, page, found } = await openPage(browser, server.url);
      const c = checker(page, lang);
      const next = tx(lang, 'steps.next');
      await page.goto(`${server.url}?lang=${lang}`);
      await expectScreen(page, tx(lang, 'steps.start.title'));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await c.check('start');

      await page.getByRole('button', { name: tx(lang, 'steps.start.button'), exact: true }).click();
      await expectScreen(page, sectionTitle('wer', lang));
      await c.check('wer');
      await page.getByRole('button', { name: next, exact: true }).click();
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      await c.check('wer-error-summary');
      // The combobox with its list of suggestions open.
      const combobox = page.getByRole('combobox', { name: question('ags', lang), exact: true });
      await combobox.click();
      await combobox.pressSequentially('Kirch', { delay: 20 });
      await page.getByRole('option').first().waitFor();
      await combobox.press('ArrowDown');
      expect(await combobox.getAttribute('aria-expanded')).toBe('true');
      await c.check('wer-combobox-open');
      await combobox.press('Escape');
      await combobox.press('Escape');
      await combobox.fill('');
      await answerSection(page, PLAN.wer, lang);

      await expectScreen(page, sectionTitle('vorhaben', lang));
      // The grouped question: one fieldset per Handlungsfeld, named by its legend, inside the question's fieldset.
      const massnahmen = page.getByRole('group', { name: question('massnahmen', lang), exact: true });
      const handlungsfelder = fact('handlungsfelder').values!.map((v) => v.label[lang]);
      expect(await massnahmen.getByRole('group').evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent?.trim()))).toEqual(handlungsfelder);
      expect(await massnahmen.getByRole('checkbox').count()).toBe(fact('massnahmen').values!.length);
      await c.check('vorhaben');
      await answerSection(page, PLAN.vorhaben, lang);
      await page.getByRole('button', { name: tx(lang, 'steps.back'), exact: true }).click();
      await expectScreen(page, sectionTitle('vorhaben', lang));
      await c.check('vorhaben-angekreuzt');
      await page.getByRole('button', { name: next, exact: true }).click();
      await expectScreen(page, sectionTitle('rahmen', lang));
      await c.check('rahmen');
      await answerSection(page, PLAN.rahmen, lang);
      await expectScreen(page, sectionTitle('kosten', lang));
      await c.check('kosten');
      // A field error on a money field.
      await page.getByRole('textbox', { name: `${question('kosten_sach', lang)} ${tx(lang, 'ui.money.unit')}`, exact: true }).fill('zwölf');
      await page.getByRole('button', { name: next, exact: true }).click();
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      await c.check('kosten-error');
      await answerSection(page, PLAN.kosten, lang);

      await expectScreen(page, tx(lang, 'steps.review.title'));
      await c.check('pruefen');
      await page.getByRole('button', { name: tx(lang, 'steps.review.show'), exact: true }).click();
      await expectScreen(page, tx(lang, 'results.page.title'));
      await c.check('ergebnis');
      await page.locator('details.results-not > summary').click();
      expect(await page.locator('details.results-not').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await c.check('ergebnis-passt-nicht-offen');

      const back = tx(lang, 'results.detail.back');
      for (const id of ['quartiersimpulse', 'aktion-mensch']) {
        // "Passt nicht" is folded again when the list is shown anew.
        if (!(await page.locator('details.results-not').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('details.results-not > summary').click();
        await card(page, id, lang).getByRole('button', { name: tx(lang, 'results.card.detailsFor', { name: programName(id, lang) }), exact: true }).click();
        await expectScreen(page, programName(id, lang));
        await c.check(`programm-${id}`);
        await page.getByRole('button', { name: back, exact: true }).first().click();
        await expectScreen(page, tx(lang, 'results.page.title'));
      }
      await page.getByRole('button', { name: tx(lang, 'results.page.showOverview'), exact: true }).click();
      await expectScreen(page, tx(lang, 'results.overview.title'));
      await c.check('uebersicht');

      expect(c.violations, 'axe violations by screen').toEqual({});
      expect(c.overflow, 'horizontal overflow in px by screen and width').toEqual({});
      expect(found).toEqual({ violations: [], errors: [], foreign: [] });
      await context.close();
    }, 150_000);
  }
});
