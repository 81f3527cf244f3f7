/**
 * The financing plan in Chromium under the production CSP: reached from the results page, checked
 * with axe in German and English, recomputed when a program is taken out or fixed and when a cost
 * item changes, its deadlines downloaded as .ics, and readable at 320 px without sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planFinancing, type Plan } from '../../src/engine';
import { parseIcs } from '../../src/exports/ics';
import planDe from '../../src/plan/locales/de.json';
import planEn from '../../src/plan/locales/en.json';
import { evaluate } from '../../src/engine';
import {
  AS_OF,
  axe,
  card,
  catalogue,
  euro,
  expectScreen,
  type Findings,
  gemeinden,
  horizontalOverflow,
  KOLBINGEN_PLAN,
  type Lang,
  type Opened,
  openPage,
  programName,
  screenshot,
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

const PLAN = { de: planDe.plan, en: planEn.plan };
const clean: Findings = { violations: [], errors: [], foreign: [] };
const evaluation = evaluate(catalogue, KOLBINGEN_PLAN, { asOf: AS_OF, gemeinden });
/** The engine's plan for the same answers, options and day: the oracle for what the screen shows. */
const expected = (options: Parameters<typeof planFinancing>[2] = {}) => planFinancing(catalogue, evaluation, options);

/** A stored draft on the results (as after a visit), then "Finanzierungsplan" on the results page. */
async function openPlan(width = 1280): Promise<Opened> {
  const opened = await openPage(browser, server.url, { width });
  const { page } = opened;
  // The stored draft is in place before the app starts (once: the app keeps saving its own).
  await page.addInitScript((answers) => {
    if (sessionStorage.getItem('plan-test-seeded')) return;
    sessionStorage.setItem('plan-test-seeded', '1');
    localStorage.setItem('foerderbaukasten:entwurf', JSON.stringify({ version: 1, answers, step: 'ergebnis' }));
  }, KOLBINGEN_PLAN);
  await page.goto(`${server.url}#/ergebnis`);
  await expectScreen(page, tx('de', 'results.page.title'));
  await page.getByRole('button', { name: PLAN.de.showPlan, exact: true }).click();
  await expectScreen(page, PLAN.de.title);
  expect(page.url()).toMatch(/#\/ergebnis\/plan$/);
  // The Gemeinden (population, Kreis) arrive a moment later; then the plan is the engine's.
  await expect.poll(() => summary(page).then((s) => s.funding), { timeout: 10000 }).toBe(euro(expected().total));
  return opened;
}

/** The four figures of the summary, as shown. */
async function summary(page: Page, lang: Lang = 'de') {
  const value = async (term: string) =>
    (await page.locator(`xpath=//dl[contains(@class,"plan-summary")]//dt[normalize-space(.)="${term}"]/following-sibling::dd[1]`).innerText()).trim();
  const s = PLAN[lang].summary;
  return { cost: await value(s.cost), funding: await value(s.funding), own: await value(s.own) };
}

/** The plan table's header row and its "Summe" row, as shown. */
async function tableOf(page: Page) {
  const table = page.locator('table.plan-table').first();
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.split('\n')[0]!.trim());
  const totals = (await table.locator('tfoot tr.plan-total td').allInnerTexts()).map((c) => c.trim());
  return { headers, totals };
}

function expectPlanShown(shown: { headers: string[]; totals: string[] }, plan: Plan) {
  const columns = [...plan.planned].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
  expect(shown.headers).toEqual([PLAN.de.table.item, ...columns.map((p) => programName(p.id)), PLAN.de.summary.own, PLAN.de.table.sum]);
  expect(shown.totals).toEqual([...columns.map((p) => euro(p.amount)), euro(plan.ownShare), euro(plan.totalCost)]);
}

describe('the financing plan in Chromium under the production CSP', () => {
  it('shows the engine’s plan, passes axe in German and English, and keeps the focus on the h1', async () => {
    const { context, page, found } = await openPlan();
    const plan = expected();
    expectPlanShown(await tableOf(page), plan);
    expect(await summary(page)).toEqual({ cost: euro(plan.totalCost), funding: euro(plan.total), own: euro(plan.ownShare) });
    expect(await axe(page), 'axe on the plan (de)').toEqual([]);
    await screenshot(page, 'plan-de');
    // The explanation of ELR names the relation and its source.
    const elr = page.locator('#plan-left-out').locator('xpath=..').getByRole('listitem').filter({ has: page.getByRole('heading', { name: programName('elr'), exact: true }) });
    await expect.poll(() => elr.innerText()).toContain(`${programName('elr')} und ${programName('staedtebaufoerderung')} nicht für dieselbe Kostenposition`);
    expect(await elr.innerText()).toContain('Quelle: FAQ – Ist eine Kumulation von ELR mit anderen Förderprogrammen möglich?');
    // The KfW loan is no grant: the results say it must be paid back.
    await page.goBack();
    await expectScreen(page, tx('de', 'results.page.title'));
    const loan = card(page, 'kfw-ikk-barrierearme-stadt').locator(`xpath=.//dt[normalize-space(.)="${tx('de', 'results.card.loan')}"]/following-sibling::dd[1]`);
    expect(await loan.innerText()).toBe(`Darlehen ${euro(400000)} (muss zurückgezahlt werden)`);
    await page.goForward();
    await expectScreen(page, PLAN.de.title);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe(PLAN.en.title);
    expect(await page.getByRole('img', { name: PLAN.en.chart.title, exact: true }).count()).toBe(1);
    expect(await axe(page), 'axe on the plan (en)').toEqual([]);
    await screenshot(page, 'plan-en');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('recomputes when a program is taken out or fixed, and when a cost item changes', async () => {
    const { context, page, found } = await openPlan();
    const before = await summary(page);
    // Take KfW 432 out: the totals change to the engine's plan without it.
    await page.getByRole('button', { name: `${PLAN.de.toggle.exclude}: ${programName('kfw-432')}`, exact: true }).click();
    const withoutBus = expected({ excluded: ['kfw-432'] });
    await expect.poll(() => summary(page).then((s) => s.funding)).toBe(euro(withoutBus.total));
    expect(before.funding).not.toBe(euro(withoutBus.total));
    expectPlanShown(await tableOf(page), withoutBus);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Plan neu berechnet' }).innerText()).toContain(euro(withoutBus.total));
    const pressed = page.locator('#plan-left-out').locator('xpath=..').getByRole('button', { name: `${PLAN.de.toggle.exclude}: ${programName('kfw-432')}`, exact: true });
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    expect(await pressed.evaluate((b) => b === document.activeElement)).toBe(true);

    // Fix ELR in the plan.
    await page.getByRole('button', { name: `${PLAN.de.toggle.pin}: ${programName('elr')}`, exact: true }).click();
    const withElr = expected({ excluded: ['kfw-432'], pinned: ['elr'] });
    expect(withElr.planned.map((p) => p.id)).toContain('elr');
    await expect.poll(() => tableOf(page).then((t) => t.headers)).toContain(programName('elr'));
    expectPlanShown(await tableOf(page), withElr);
    expect(await axe(page), 'axe after the toggles').toEqual([]);

    // Change a cost item: the investment costs 300.000 € instead of 400.000 €.
    const form = page.getByRole('form', { name: PLAN.de.items.title, exact: true });
    const item4 = form.getByRole('group', { name: 'Kostenposition 4', exact: true });
    await item4.getByRole('textbox', { name: 'Betrag (in Euro)', exact: true }).fill('300.000');
    await form.getByRole('button', { name: PLAN.de.items.apply, exact: true }).click();
    const items = expected().items.map((i) => (i.type === 'investition' ? { ...i, amount: 300000 } : i));
    const edited = expected({ items, excluded: ['kfw-432'], pinned: ['elr'] });
    await expect.poll(() => summary(page).then((s) => s.cost)).toBe(euro(395000));
    expectPlanShown(await tableOf(page), edited);
    // An amount that is not a number: the error summary takes the focus and links to the field.
    await item4.getByRole('textbox', { name: 'Betrag (in Euro)', exact: true }).fill('drei');
    await form.getByRole('button', { name: PLAN.de.items.apply, exact: true }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await axe(page), 'axe with the error summary').toEqual([]);
    await screenshot(page, 'plan-edited');
    // The state lives in the wizard: back to the results and to the plan again, the changes stay.
    await page.goBack();
    await expectScreen(page, tx('de', 'results.page.title'));
    await page.getByRole('button', { name: PLAN.de.showPlan, exact: true }).click();
    await expectScreen(page, PLAN.de.title);
    expectPlanShown(await tableOf(page), edited);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('downloads the upcoming deadlines as an iCalendar file', async () => {
    const { context, page, found } = await openPlan();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: PLAN.de.ics.button, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(PLAN.de.ics.fileName);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = parseIcs(text).events;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e['DTSTART']! >= AS_OF.replace(/-/g, ''), e['SUMMARY']).toBe(true);
    expect(events.map((e) => e['SUMMARY'])).toContain(`Frist: ${programName('ambulante-hilfen')} – Frist für Wiederholungsanträge`);
    expect(found).toEqual(clean);
    await context.close();
  });

  it('reflows at 320 px without horizontal scrolling; the table scrolls in its own region', async () => {
    const { context, page, found } = await openPlan(320);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axe(page), 'axe at 320 px').toEqual([]);
    await screenshot(page, 'plan');
    const region = page.getByRole('region', { name: PLAN.de.table.region, exact: true });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(found).toEqual(clean);
    await context.close();
  });
});
