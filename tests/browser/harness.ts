import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { parse } from 'yaml';
import appDe from '../../src/app/locales/de.json';
import appEn from '../../src/app/locales/en.json';
import resultsDe from '../../src/results/locales/de.json';
import resultsEn from '../../src/results/locales/en.json';
import stepsDe from '../../src/steps/locales/de.json';
import stepsEn from '../../src/steps/locales/en.json';
import uiDe from '../../src/ui/locales/de.json';
import uiEn from '../../src/ui/locales/en.json';
import { loadGemeinden, loadRules } from '../../src/cli/nodeRules';
import { evaluate, type Answers, type Catalogue, type Fact, type FactValue } from '../../src/engine';
import { GEMEINDE_LAND } from '../../src/plan/testing';
import { groupOf } from '../../src/results/resultList';

/** The production Content-Security-Policy of DESIGN.md section 7. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves the built app from `dist/` on a free loopback port with the production headers. */
export async function serveDist(headers: Record<string, string> = { 'Content-Security-Policy': CSP }): Promise<{ url: string; close: () => Promise<void> }> {
  const root = join(process.cwd(), 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Serves dist/ and starts Chromium once for the tests of a file; both are closed afterwards. */
export type Served = Awaited<ReturnType<typeof serveDist>>;

export function serveAppForFile(take: (browser: Browser, server: Served) => void): void {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    take(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Debian's Chromium, headless, with no background networking (the machine has no internet). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface Findings {
  violations: string[];
  errors: string[];
  foreign: string[];
}

/** Records CSP violations, console errors and requests to other origins for a page. */
export async function watch(page: Page, origin: string): Promise<Findings> {
  const found: Findings = { violations: [], errors: [], foreign: [] };
  await page.exposeFunction('__reportViolation', (v: string) => found.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') found.errors.push(m.text());
  });
  page.on('pageerror', (e) => found.errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) found.foreign.push(u);
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// The app's texts, taken from its locale files (German is the reference).

export type Lang = 'de' | 'en';
const TEXTS: Record<Lang, Record<string, unknown>> = {
  de: { ...appDe, ...uiDe, ...stepsDe, ...resultsDe },
  en: { ...appEn, ...uiEn, ...stepsEn, ...resultsEn },
};

/** A text of the app by its i18next key, with `{{name}}` filled in and `_one`/`_other` plurals. */
export function tx(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const lookup = (k: string) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], TEXTS[lang]);
  let text = lookup(key);
  if (text === undefined && typeof vars.count === 'number') text = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof text !== 'string') throw new Error(`no text ${lang}:${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]));
}

// ---------------------------------------------------------------------------------------------
// The rules as the build compiled them: question texts, value labels, program names and, as an
// oracle, the engine's evaluation of the answers the app collected.

const compiled = loadRules('rules');
if (!compiled.catalogue) throw new Error('rules/ do not compile');
export const catalogue: Catalogue = compiled.catalogue;
export const gemeinden = loadGemeinden('rules');

/** The app evaluates "today"; the browser's clock is fixed to this day so results are stable. */
export const AS_OF = '2026-11-21';
export const FIXED_NOW = new Date(`${AS_OF}T09:00:00Z`);

export function fact(id: string): Fact {
  const f = catalogue.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
}
export const question = (id: string, lang: Lang = 'de') => fact(id).question![lang];
export const sectionTitle = (id: string, lang: Lang = 'de') => catalogue.sections.find((s) => s.id === id)!.title[lang];
export function valueLabel(factId: string, value: string, lang: Lang = 'de'): string {
  const v = fact(factId).values?.find((x) => x.id === value);
  if (!v) throw new Error(`no value ${factId}=${value}`);
  return v.label[lang];
}
/** The label of the group a value of a grouped question belongs to: a Maßnahme → its Handlungsfeld. */
export function groupLabel(factId: string, value: string, lang: Lang = 'de'): string {
  const f = fact(factId);
  const group = f.values?.find((x) => x.id === value)?.group;
  if (!f.grouped_by || !group) throw new Error(`${factId}=${value} has no group`);
  return valueLabel(f.grouped_by, group, lang);
}
export function programName(id: string, lang: Lang = 'de'): string {
  const p = catalogue.programs.find((x) => x.id === id);
  if (!p) throw new Error(`no program ${id}`);
  return p.name[lang];
}

/**
 * A journey of `rules/cases/journeys.yaml` by its number ("J01"): a realistic project with the
 * programs that fit it (`eligible`), justified from the program facts. The browser journeys walk
 * such a project through the questionnaire and hold the results to this list.
 */
export interface Journey {
  readonly name: string;
  readonly answers: Answers;
  readonly eligible: readonly string[];
}
const journeys = (parse(readFileSync(join(process.cwd(), 'rules', 'cases', 'journeys.yaml'), 'utf8')) as { cases: Journey[] }).cases;
export function journey(id: string): Journey {
  const j = journeys.find((c) => c.name.startsWith(`${id} `));
  if (!j) throw new Error(`no journey ${id} in rules/cases/journeys.yaml`);
  return j;
}

/**
 * A rural Gemeinde (Kolbingen) in a Sanierungsgebiet, with no Fachförderung of its own for the
 * project, and staff, material, advice and investment costs in every phase: the Städtebauförderung
 * and KfW 432 fit and are planned; ELR gives way to the Städtebauförderung (no two Land programs
 * for one cost item) and Flächen gewinnen and NIS to KfW 432; Quartiersimpulse and the Bürgerbus
 * have no known quota, the everyday support services and Pflege engagiert no known amount, and the
 * KfW loan (Barrierearme Stadt) can finance the own share.
 */
export const KOLBINGEN_PLAN: Answers = { ...GEMEINDE_LAND, eigene_fachfoerderung: false };

export type GroupId = 'first' | 'fits' | 'maybe' | 'not';
export const GROUP_HEADING: Record<Lang, Record<GroupId, string>> = {
  de: { first: tx('de', 'results.page.firstStep'), fits: tx('de', 'results.group.fits'), maybe: tx('de', 'results.group.maybe'), not: tx('de', 'results.group.not') },
  en: { first: tx('en', 'results.page.firstStep'), fits: tx('en', 'results.group.fits'), maybe: tx('en', 'results.group.maybe'), not: tx('en', 'results.group.not') },
};

/** Where the engine puts each program for these answers: the results page's four lists. */
export function expectedGroups(answers: Answers, lang: Lang = 'de'): Record<GroupId, string[]> {
  const evaluation = evaluate(catalogue, answers, { asOf: AS_OF, gemeinden });
  const out: Record<GroupId, string[]> = { first: [], fits: [], maybe: [], not: [] };
  for (const r of evaluation.programs) {
    const p = catalogue.programs.find((x) => x.id === r.id)!;
    const group = groupOf(r);
    const advice = p.kind === 'beratung' || p.kind === 'qualifizierung';
    out[advice && group !== 'not' ? 'first' : group].push(p.name[lang]);
  }
  for (const k of Object.keys(out) as GroupId[]) out[k].sort();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pages.

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

export interface Opened {
  context: BrowserContext;
  page: Page;
  found: Findings;
  /** The server's origin without the trailing slash. */
  origin: string;
}

/** A fresh context (own storage) with the clock fixed to AS_OF and a page that is watched. */
export async function openPage(browser: Browser, serverUrl: string, options: { width?: number; height?: number } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await context.clock.setFixedTime(FIXED_NOW);
  // Fail fast with the locator in the message instead of running into the test's timeout.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const origin = serverUrl.replace(/\/$/, '');
  const found = await watch(page, origin);
  return { context, page, found, origin };
}

/** What has focus, for messages: `H1 "Ihr Vorhaben"`, `INPUT#q-ags` … */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'BODY';
    const id = a.id ? `#${a.id}` : '';
    const text = (a.getAttribute('aria-label') ?? a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return `${a.tagName}${id} "${text}"`;
  });
}

/**
 * Waits for the screen whose single h1 reads `title` and checks that the h1 has focus (and
 * keeps it a moment later, so nothing steals it after the screen appeared).
 */
export async function expectScreen(page: Page, title: string): Promise<void> {
  const h1 = page.locator('h1');
  await expect.poll(async () => ((await h1.count()) === 1 ? (await h1.textContent())?.trim() : `${await h1.count()} h1`), { timeout: 10_000, message: `screen "${title}"` }).toBe(title);
  const h1Focused = () => page.evaluate(() => document.activeElement instanceof HTMLHeadingElement && document.activeElement.tagName === 'H1');
  await expect.poll(h1Focused, { timeout: 3000, message: `focus on the h1 "${title}", but it is on ${await describeFocus(page)}` }).toBe(true);
  await page.waitForTimeout(60);
  expect(await h1Focused(), `focus stays on the h1 "${title}", but moved to ${await describeFocus(page)}`).toBe(true);
}

/** Expects the focus on the element matching `selector`. */
export async function expectFocusOn(page: Page, selector: string, what = selector): Promise<void> {
  await expect
    .poll(() => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector), { timeout: 3000, message: `focus on ${what}` })
    .toBe(true);
  await page.waitForTimeout(60);
  expect(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector), `focus stays on ${what}, but is on ${await describeFocus(page)}`).toBe(true);
}

/** axe with the WCAG 2.2 AA tags: `rule-id (impact): target, target …` per violation. */
export async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Horizontal overflow of the document in CSS pixels (0 = no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export const SCREENS_DIR = join(process.cwd(), 'test-results', 'screens');
/** A full-page screenshot for humans: test-results/screens/<name>-<width>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SCREENS_DIR, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
}

/** The stored draft (what the app keeps in localStorage). */
export async function draftOf(page: Page): Promise<{ answers: Answers; step: string } | null> {
  return page.evaluate(() => {
    const text = localStorage.getItem('foerderbaukasten:entwurf');
    return text ? (JSON.parse(text) as { answers: Answers; step: string }) : null;
  });
}

/** The ids of the questions the current step shows, in order. */
export function shownQuestions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('form [id^="q-"]')].map((e) => e.id.slice(2)).filter((id) => !/-(hint|error|listbox|usage|selected|option-.*)$/.test(id) && !id.includes('-'));
    return [...new Set(ids)];
  });
}

// ---------------------------------------------------------------------------------------------
// Answering as a user does: by the visible question and answer texts.

/** A planned answer: a value id, several value ids, yes/no/unknown, German money text, or a Gemeinde to search. */
export type Planned = string | readonly string[] | boolean | 'unknown' | { search: string; pick: string };

export async function answer(page: Page, id: string, value: Planned, lang: Lang = 'de'): Promise<void> {
  const f = fact(id);
  const q = f.question![lang];
  switch (f.input) {
    case 'radio': {
      await page.getByRole('group', { name: q, exact: true }).getByRole('radio', { name: valueLabel(id, value as string, lang), exact: true }).check();
      return;
    }
    case 'checkboxes': {
      const group = page.getByRole('group', { name: q, exact: true });
      for (const v of value as readonly string[]) {
        // A grouped question (Maßnahmen by Handlungsfeld): the box sits in its group's fieldset, named by its legend.
        const within = f.grouped_by ? group.getByRole('group', { name: groupLabel(id, v, lang), exact: true }) : group;
        await within.getByRole('checkbox', { name: valueLabel(id, v, lang), exact: true }).check();
      }
      return;
    }
    case 'yes_no': {
      const label = value === true ? tx(lang, 'ui.yesNo.yes') : value === false ? tx(lang, 'ui.yesNo.no') : tx(lang, 'ui.yesNo.unknown');
      await page.getByRole('group', { name: q, exact: true }).getByRole('radio', { name: label, exact: true }).check();
      return;
    }
    case 'money':
    case 'number': {
      const box = page.getByRole('textbox', { name: f.input === 'money' ? `${q} ${tx(lang, 'ui.money.unit')}` : q, exact: true });
      await box.fill(String(value));
      return;
    }
    case 'gemeinde': {
      const { search, pick } = value as { search: string; pick: string };
      const box = page.getByRole('combobox', { name: q, exact: true });
      await box.click();
      await box.pressSequentially(search, { delay: 30 });
      const names = page.getByRole('option').locator('.ui-combobox__name');
      await names.filter({ hasText: pick }).first().waitFor();
      // Choose the suggestion with the arrow keys and Enter, as the combobox's usage hint says.
      const options = (await names.allTextContents()).map((o) => o.trim());
      const index = options.indexOf(pick);
      if (index < 0) throw new Error(`"${pick}" is not among the suggestions for "${search}": ${options.join(' | ')}`);
      for (let i = 0; i <= index; i += 1) await box.press('ArrowDown');
      await expect.poll(() => box.getAttribute('aria-activedescendant')).toMatch(/-option-/);
      await box.press('Enter');
      await expect.poll(() => box.inputValue()).toBe(pick);
      return;
    }
    default:
      throw new Error(`cannot answer ${id}`);
  }
}

/**
 * Answers one section: checks that exactly `expected` questions are shown (skipped and
 * conditional questions included), answers them in order and presses "Weiter".
 */
export async function answerSection(page: Page, plan: Record<string, Planned>, lang: Lang = 'de', button = tx(lang, 'steps.next')): Promise<void> {
  const title = (await page.locator('h1').textContent())?.trim() ?? '';
  const missing: string[] = [];
  for (const [id, value] of Object.entries(plan)) {
    if ((await page.locator(`#q-${id}`).count()) === 0) missing.push(id);
    else await answer(page, id, value, lang);
  }
  if (missing.length) {
    // A question whose condition is met on this page must appear on it (conditional reveal).
    expect.soft(missing, `questions not shown on "${title}" although their condition is met by the answers on it`).toEqual([]);
    // Go on as a persistent user would, so the rest of the journey is still tested: forward and
    // back again, where the question now shows.
    await page.getByRole('button', { name: tx(lang, 'steps.next'), exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).not.toBe(title);
    await page.getByRole('button', { name: tx(lang, 'steps.back'), exact: true }).click();
    await expectScreen(page, title);
    for (const id of missing) await answer(page, id, plan[id]!, lang);
  }
  expect(await shownQuestions(page), 'the questions shown after answering').toEqual(Object.keys(plan));
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** The program names in each group of the results page, as shown. */
export async function shownGroups(page: Page, lang: Lang = 'de'): Promise<Record<GroupId, string[]>> {
  const headings = GROUP_HEADING[lang];
  const byHeading = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const s of document.querySelectorAll('section.results-group')) {
      const h = s.querySelector('h2')?.textContent?.trim() ?? '?';
      out[h] = [...s.querySelectorAll('article h3')].map((e) => e.textContent?.trim() ?? '');
    }
    return out;
  });
  const out = {} as Record<GroupId, string[]>;
  for (const g of Object.keys(headings) as GroupId[]) out[g] = [...(byHeading[headings[g]] ?? [])].sort();
  return out;
}

/** The names of the programs whose card says "Ergebnis: Passt" (advice in "Erster Schritt" included), sorted. */
export async function fittingPrograms(page: Page): Promise<string[]> {
  const names = await page.evaluate(() =>
    [...document.querySelectorAll('article.results-card')].filter((a) => a.querySelector('.results-status-fits')).map((a) => a.querySelector('h3')?.textContent?.trim() ?? ''),
  );
  return names.sort();
}

/** A program's card on the results page (an article named by its h3). */
export function card(page: Page, programId: string, lang: Lang = 'de') {
  return page.getByRole('article', { name: programName(programId, lang), exact: true });
}

/** The results group (a region named by its h2) with the given heading. */
export function group(page: Page, id: GroupId, lang: Lang = 'de') {
  return page.getByRole('region', { name: GROUP_HEADING[lang][id], exact: true });
}

/** An amount as the results write it: 20000 → "20.000 €" (de), "€20,000" (en). */
export function euro(n: number, lang: Lang = 'de'): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
}

export type { Answers, FactValue };
