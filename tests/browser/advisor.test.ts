/**
 * The advisor's tools in Chromium under the production CSP: the share link opened in a second
 * browser, the consultation file downloaded and opened again, the draft across a reload and
 * "Neu beginnen", damaged links, the print dossier as a PDF (its text read with `pdftotext`, its
 * pages rendered with `pdftoppm` for a human to look at), axe on the new screens and 320 px reflow.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import advisorDe from '../../src/advisor/locales/de.json';
import { emptyConsultation } from '../../src/consultation/consultation';
import { encodeShareLink } from '../../src/consultation/shareLink';
import { evaluate, planFinancing, type Answers } from '../../src/engine';
import planDe from '../../src/plan/locales/de.json';
import {
  answer,
  AS_OF,
  axe,
  catalogue,
  euro,
  expectScreen,
  type Findings,
  gemeinden,
  horizontalOverflow,
  KOLBINGEN_PLAN,
  type Opened,
  openPage,
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

const A = advisorDe.advisor;
const PLAN = planDe.plan;
const KEY = 'foerderbaukasten:entwurf';
const RESULTS = tx('de', 'results.page.title');
const START = tx('de', 'steps.start.title');
const OUT = join(process.cwd(), 'test-results', 'advisor');
const clean: Findings = { violations: [], errors: [], foreign: [] };
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A small Gemeinde with a care project that fits some programs only with a civil-society partner. */
const PFLEGE_ALONE: Answers = {
  antragsteller: 'gemeinde',
  massnahmen: ['beteiligungsprozess', 'pflege_versorgung'],
  zielgruppen: ['aeltere'],
  phasen: ['konzept_analyse', 'beteiligung', 'umsetzung'],
  buergerbeteiligung: true,
  zivilgesellschaftlicher_partner: false,
  gemeinderatsbeschluss: true,
  externe_beratung: true,
  kosten_personal: 40000,
  kosten_sach: 15000,
  kosten_beratung: 15000,
  kosten_investition: 0,
  bereits_begonnen: false,
};

interface Stored {
  format?: string;
  version?: number;
  answers: Answers;
  planItems?: unknown[];
  pinned?: string[];
  excluded?: string[];
  notes?: { general: string; programs: Record<string, string> };
  place?: { step: string; view?: string };
  variant?: { label: string };
}
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, KEY) as Promise<Stored | null>;

/** A fresh browser whose stored draft (a version-1 draft, as older versions of the app wrote it) is on the results. */
async function withDraft(answers: Answers, options: { width?: number } = {}): Promise<Opened> {
  const opened = await openPage(browser, server.url, options);
  await opened.page.addInitScript(
    ({ key, answers }) => {
      if (sessionStorage.getItem('advisor-test-seeded')) return;
      sessionStorage.setItem('advisor-test-seeded', '1');
      localStorage.setItem(key, JSON.stringify({ version: 1, answers, step: 'ergebnis' }));
    },
    { key: KEY, answers },
  );
  return opened;
}

async function openResults(answers: Answers, options: { width?: number } = {}): Promise<Opened> {
  const opened = await withDraft(answers, options);
  await opened.page.goto(`${server.url}#/ergebnis`);
  await expectScreen(opened.page, RESULTS);
  return opened;
}

const notesBox = (page: Page) => page.getByRole('textbox', { name: A.notes.general, exact: true });
const status = (page: Page) => page.locator('.advisor-draft-status');

describe('share link', () => {
  it('copies a link that opens the same answers, cost items and exclusions in a second browser', async () => {
    const one = await openResults(PFLEGE_ALONE);
    // Take a program out of the plan, so the link has an exclusion to carry.
    await one.page.getByRole('button', { name: PLAN.showPlan, exact: true }).click();
    await expectScreen(one.page, PLAN.title);
    const toggle = one.page.getByRole('button', { name: new RegExp(`^${PLAN.toggle.exclude}: `) }).first();
    const excluded = (await toggle.getAttribute('aria-label'))!.slice(`${PLAN.toggle.exclude}: `.length);
    await toggle.click();
    await one.page.getByRole('button', { name: PLAN.back, exact: true }).first().click();
    await expectScreen(one.page, RESULTS);

    await one.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: one.origin });
    await one.page.getByRole('button', { name: A.link.copy, exact: true }).click();
    await expect.poll(() => one.page.getByText(A.link.copied, { exact: true }).isVisible()).toBe(true);
    const link = await one.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#c=2\\.[A-Za-z0-9+\\-$]+$`));
    const first = (await stored(one.page))!;
    expect(first.excluded).toHaveLength(1);

    const two = await openPage(browser, server.url);
    await two.page.goto(link);
    await expectScreen(two.page, RESULTS);
    await expect.poll(() => two.page.url()).toMatch(/#\/ergebnis$/);
    expect(await two.page.getByRole('region', { name: A.opened.link, exact: true }).isVisible()).toBe(true);
    const second = (await stored(two.page))!;
    expect(second.answers).toEqual(first.answers);
    expect(second.excluded).toEqual(first.excluded);
    expect(second.planItems).toEqual(first.planItems);
    // No notes travel in a link.
    expect(second.notes).toEqual({ general: '', programs: {} });
    // A reload shows the place, it does not open the link again.
    await two.page.reload();
    await expectScreen(two.page, RESULTS);
    expect(await two.page.getByRole('region', { name: A.opened.link, exact: true }).count()).toBe(0);
    await two.page.getByRole('button', { name: PLAN.showPlan, exact: true }).click();
    await expectScreen(two.page, PLAN.title);
    expect(await two.page.getByRole('button', { name: `${PLAN.toggle.exclude}: ${excluded}`, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(one.found).toEqual(clean);
    expect(two.found).toEqual(clean);
    await one.context.close();
    await two.context.close();
  });

  it('shows the link selected in a field when the clipboard is refused; axe and 320 px with the new section', async () => {
    const opened = await withDraft(PFLEGE_ALONE);
    await opened.page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await opened.page.goto(`${server.url}#/ergebnis`);
    await expectScreen(opened.page, RESULTS);
    const { page } = opened;
    await page.getByRole('button', { name: A.link.copy, exact: true }).click();
    const field = page.getByRole('textbox', { name: A.link.field, exact: true });
    await expect.poll(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
    const selection = await field.evaluate((e: HTMLInputElement) => [e.selectionStart, e.selectionEnd, e.value.length]);
    expect(selection[0]).toBe(0);
    expect(selection[1]).toBe(selection[2]);
    expect(await page.getByText(A.link.selected, { exact: true }).isVisible()).toBe(true);
    expect(await field.inputValue()).toMatch(/#c=2\./);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'advisor-results');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'advisor-results');
    expect(opened.found).toEqual(clean);
    await opened.context.close();
  });

  it.each([
    ['cut off', (link: string) => link.slice(0, link.length - 25)],
    ['tampered with', (link: string) => `${link.slice(0, 30)}%%%${link.slice(33)}`],
    ['emptied', () => '#c=2.'],
  ])('keeps the answers and says so when the link is %s', async (_what, damage) => {
    const link = encodeShareLink({ ...emptyConsultation(catalogue, AS_OF), answers: KOLBINGEN_PLAN });
    const { context, page, found } = await openResults(PFLEGE_ALONE);
    const before = (await stored(page))!.answers;
    const fragment = damage(link);
    await page.goto(`${server.url}${fragment}`);
    await expectScreen(page, RESULTS);
    const alert = page.getByRole('alert');
    expect(norm(await alert.innerText())).toBe(norm(tx('de', 'app.linkBroken')));
    expect((await stored(page))!.answers).toEqual(before);
    await expect.poll(() => page.url()).toMatch(/#\/ergebnis$/);
    expect(found.errors).toEqual([]);
    expect(found.violations).toEqual([]);
    await context.close();
  });

  it('a damaged link pasted into the address bar of the open app gives the same notice', async () => {
    const { context, page, found } = await openResults(PFLEGE_ALONE);
    const before = (await stored(page))!.answers;
    await page.evaluate(() => {
      window.location.hash = '#c=2.N4IgzgpgTg';
    });
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await expectScreen(page, RESULTS);
    expect(norm(await page.getByRole('alert').innerText())).toBe(norm(tx('de', 'app.linkBroken')));
    expect((await stored(page))!.answers).toEqual(before);
    expect(found.errors).toEqual([]);
    await context.close();
  });
});

describe('consultation file', () => {
  it('downloads the consultation with its notes and opens it again in another browser; a broken file gives an error summary', async () => {
    const one = await openResults(KOLBINGEN_PLAN);
    await notesBox(one.page).fill('Gemeinderat tagt am 12.12.');
    const download = one.page.waitForEvent('download');
    await one.page.getByRole('button', { name: A.file.save, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`beratung-${AS_OF}.json`);
    mkdirSync(OUT, { recursive: true });
    const path = join(OUT, file.suggestedFilename());
    await file.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Stored & { asOf: string; catalogue: { version: string } };
    expect(json).toMatchObject({ format: 'foerderbaukasten-beratung', version: 2, asOf: AS_OF, catalogue: { version: catalogue.version }, notes: { general: 'Gemeinderat tagt am 12.12.' } });
    expect(json.answers).toEqual((await stored(one.page))!.answers);
    await one.context.close();

    const two = await openResults(PFLEGE_ALONE);
    const { page } = two;
    const input = page.getByLabel(A.file.open, { exact: true });
    // A broken file first: the error summary takes focus, the answers stay.
    const before = (await stored(page))!.answers;
    await input.setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"foerderbaukasten-beratung","version":2,"answers":') });
    const summary = page.locator('.advisor-error');
    await expect.poll(() => summary.evaluate((e) => e === document.activeElement).catch(() => false)).toBe(true);
    expect(norm(await summary.innerText())).toContain(A.file.errorTitle);
    expect(norm(await summary.innerText())).toContain(A.file.error.notJson.replace('{{name}}', 'kaputt.json'));
    expect((await stored(page))!.answers).toEqual(before);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'advisor-import-error');
    await input.setInputFiles({ name: 'fremd.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"fremd","version":"1.0.0"}') });
    await expect.poll(() => summary.innerText().then(norm)).toContain(A.file.error.notConsultation.replace('{{name}}', 'fremd.json'));

    // Then the downloaded file.
    await input.setInputFiles(path);
    const banner = page.getByRole('region', { name: A.opened.file.replace('{{name}}', file.suggestedFilename()), exact: true });
    await expect.poll(() => banner.evaluate((e) => e === document.activeElement).catch(() => false)).toBe(true);
    expect(await page.locator('.advisor-error').count()).toBe(0);
    expect(await notesBox(page).inputValue()).toBe('Gemeinderat tagt am 12.12.');
    await expect.poll(async () => (await stored(page))!.answers).toEqual(json.answers);
    expect(two.found).toEqual(clean);
    await two.context.close();
  });
});

describe('draft in local storage', () => {
  it('is saved on every change, visibly, and survives a reload at the same place', async () => {
    const { context, page, found } = await openResults(PFLEGE_ALONE);
    await expect.poll(() => status(page).innerText()).toBe(A.draft.saved.replace('{{time}}', '10:00'));
    await notesBox(page).fill('Kämmerei fragen');
    await page.getByRole('button', { name: 'Details zu ' + programName('fachberatung-quartier'), exact: true }).click();
    await expectScreen(page, programName('fachberatung-quartier'));
    await page.getByRole('textbox', { name: A.notes.program, exact: true }).fill('Termin vereinbaren');
    expect((await stored(page))!).toMatchObject({ format: 'foerderbaukasten-beratung', version: 2, place: { step: 'ergebnis', view: 'programm' }, notes: { general: 'Kämmerei fragen', programs: { 'fachberatung-quartier': 'Termin vereinbaren' } } });
    await page.reload();
    await expectScreen(page, programName('fachberatung-quartier'));
    expect(await page.getByRole('textbox', { name: A.notes.program, exact: true }).inputValue()).toBe('Termin vereinbaren');
    expect(await status(page).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Zurück zu den Ergebnissen', exact: true }).first().click();
    await expectScreen(page, RESULTS);
    expect(await notesBox(page).inputValue()).toBe('Kämmerei fragen');
    // Local storage only: no cookies.
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(found).toEqual(clean);
    await context.close();
  });

  it('"Neu beginnen" asks, then clears the draft and starts afresh; nothing comes back on reload', async () => {
    const { context, page, found } = await openResults(PFLEGE_ALONE);
    await page.getByRole('button', { name: A.draft.restart, exact: true }).click();
    const group = page.getByRole('group', { name: A.draft.confirm, exact: true });
    await expect.poll(() => group.isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await group.getByRole('button', { name: A.draft.confirmYes, exact: true }).click();
    await expectScreen(page, START);
    expect(await stored(page)).toBeNull();
    expect(await status(page).innerText()).toBe(A.draft.cleared);
    expect(await page.getByRole('button', { name: tx('de', 'steps.start.button'), exact: true }).isVisible()).toBe(true);
    await page.reload();
    await expectScreen(page, START);
    expect(await page.getByRole('button', { name: tx('de', 'steps.start.button'), exact: true }).isVisible()).toBe(true);
    expect(await stored(page)).toBeNull();
    expect(found).toEqual(clean);
    await context.close();
  });

  it('a corrupt draft is ignored with a notice; the app starts cleanly', async () => {
    const { context, page, found } = await openPage(browser, server.url);
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, '{"format":"foerderbaukasten-beratung","version":2,"answers":{');
    }, KEY);
    await page.goto(server.url);
    await expectScreen(page, START);
    expect(await page.getByText(tx('de', 'app.draftCorrupt'), { exact: true }).isVisible()).toBe(true);
    expect(found).toEqual(clean);
    await context.close();
  });
});

describe('compare two variants', () => {
  it('keeps the Gemeinde alone as a variant and compares it with a Verein as partner: programs, plan totals, answers', async () => {
    const { context, page, found } = await openResults(PFLEGE_ALONE);
    await page.getByRole('textbox', { name: A.variant.label, exact: true }).fill('Gemeinde allein');
    await page.getByRole('button', { name: A.variant.save, exact: true }).click();
    await expect.poll(() => page.getByText(A.variant.saved.replace('{{label}}', 'Gemeinde allein'), { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: tx('de', 'results.page.editAnswers'), exact: true }).click();
    await expectScreen(page, tx('de', 'steps.review.title'));
    await page.getByRole('button', { name: tx('de', 'steps.review.change', { section: sectionTitle('rahmen') }), exact: true }).click();
    await expectScreen(page, sectionTitle('rahmen'));
    await answer(page, 'zivilgesellschaftlicher_partner', true);
    await page.getByRole('button', { name: tx('de', 'steps.saveAndReview'), exact: true }).click();
    await expectScreen(page, tx('de', 'steps.review.title'));
    // With a partner, Quartiersimpulse can fit: now its limit on the duration matters, and the duration is asked.
    await page.getByRole('button', { name: tx('de', 'steps.review.change', { section: sectionTitle('kosten') }), exact: true }).click();
    await expectScreen(page, sectionTitle('kosten'));
    await answer(page, 'laufzeit_monate', '24');
    await page.getByRole('button', { name: tx('de', 'steps.saveAndReview'), exact: true }).click();
    await expectScreen(page, tx('de', 'steps.review.title'));
    await page.getByRole('button', { name: tx('de', 'steps.review.show'), exact: true }).click();
    await expectScreen(page, RESULTS);
    await page.getByRole('button', { name: A.variant.compare, exact: true }).click();
    await expectScreen(page, A.compare.title);
    expect(page.url()).toMatch(/#\/ergebnis\/vergleich$/);

    const check = async () => {
      const table = page.getByRole('table', { name: A.compare.programsCaption.replace('{{a}}', 'Gemeinde allein').replace('{{b}}', A.compare.current), exact: true });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: programName('quartiersimpulse'), exact: true }) });
      const cells = (await row.getByRole('cell').allInnerTexts()).map(norm);
      expect(cells[0]).toBe('Passt nicht');
      expect(cells[2]).toBe('Passt');
      const withPartner = planFinancing(catalogue, evaluate(catalogue, { ...PFLEGE_ALONE, zivilgesellschaftlicher_partner: true, laufzeit_monate: 24 }, { asOf: AS_OF, gemeinden }), {});
      const alone = planFinancing(catalogue, evaluate(catalogue, PFLEGE_ALONE, { asOf: AS_OF, gemeinden }), {});
      const totals = page.getByRole('table', { name: new RegExp(`^${A.compare.totalsCaption.split('{{')[0]}`) });
      const funding = totals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Förderung gesamt', exact: true }) });
      expect((await funding.getByRole('cell').allInnerTexts()).map(norm)).toEqual([norm(euro(alone.total)), norm(euro(withPartner.total))]);
      const answers = page.getByRole('table', { name: new RegExp(`^${A.compare.answersCaption.split('{{')[0]}`) });
      const differs = async (factId: string) =>
        (await answers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: question(factId), exact: true }) }).getByRole('cell').allInnerTexts()).map(norm);
      expect(await answers.getByRole('rowheader').allInnerTexts()).toEqual([question('zivilgesellschaftlicher_partner'), question('laufzeit_monate')]);
      expect(await differs('zivilgesellschaftlicher_partner')).toEqual(['Nein', 'Ja']);
      expect((await differs('laufzeit_monate'))[1]).toBe('24');
    };
    await check();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'advisor-compare');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'advisor-compare');
    await page.setViewportSize({ width: 1280, height: 900 });
    // The variant is part of the draft: a reload keeps the comparison.
    await page.reload();
    await expectScreen(page, A.compare.title);
    await check();
    expect((await stored(page))!.variant).toMatchObject({ label: 'Gemeinde allein' });
    expect(found).toEqual(clean);
    await context.close();
  });
});

describe('print dossier', () => {
  it('prints a dossier for the Gemeinderat to PDF: programs, plan total, notes, date and Stand, "Angaben ohne Gewähr"', async () => {
    const { context, page, found } = await openResults(KOLBINGEN_PLAN);
    const evaluation = evaluate(catalogue, KOLBINGEN_PLAN, { asOf: AS_OF, gemeinden });
    const plan = planFinancing(catalogue, evaluation, {});
    await notesBox(page).fill('Beschlussvorlage für die Sitzung am 12.12. – Eigenanteil mit der Kämmerei klären.');
    await page.getByRole('button', { name: 'Details zu ' + programName('buergerbus'), exact: true }).click();
    await expectScreen(page, programName('buergerbus'));
    await page.getByRole('textbox', { name: A.notes.program, exact: true }).fill('Fahrdienst mit dem Seniorenverein abstimmen.');
    await page.getByRole('button', { name: 'Zurück zu den Ergebnissen', exact: true }).first().click();
    await expectScreen(page, RESULTS);
    // The dossier follows the evaluation once the Gemeinden (population, Kreis) have arrived.
    await expect.poll(() => page.locator('.advisor-dossier').textContent().then((t) => norm(t ?? ''))).toContain(norm(`Förderung gesamt ${euro(plan.total)}`));

    await page.emulateMedia({ media: 'print' });
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const pdf = join(OUT, 'dossier.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));

    expect(text).toContain(A.dossier.title);
    expect(text).toContain('Angaben ohne Gewähr – verbindlich sind die Förderrichtlinien.');
    const stand = catalogue.stand.split('-').reverse().join('.');
    expect(text).toContain(norm(`Bewertet zum 21.11.2026 · Stand der Programmdaten: ${stand} (Katalog ${catalogue.version})`));
    // A name broken at a hyphen at the end of a line comes out of pdftotext without the hyphen.
    const loose = (s: string) => s.replace(/[\s\u00a0\u202f-]+/g, '');
    for (const p of plan.planned) expect(loose(text)).toContain(loose(programName(p.id)));
    expect(text).toContain(norm(`Förderung gesamt ${euro(plan.total)}`));
    expect(text).toContain(norm(`Gesamtkosten ${euro(plan.totalCost)}`));
    // The plan table's sum row, whole on the page: every planned program, the own share and the total cost.
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const sumRow = layout.split('\n').map(norm).find((line) => line.startsWith('Summe '));
    const money = (n: number) => norm(euro(n)).replace(' ', '\\s?');
    const cells = [...[...plan.planned].sort((a, b) => b.amount - a.amount).map((p) => p.amount), plan.ownShare, plan.totalCost];
    expect(sumRow).toMatch(new RegExp(`^Summe ${cells.map(money).join(' ')}$`));
    expect(text).toContain('Beschlussvorlage für die Sitzung am 12.12. – Eigenanteil mit der Kämmerei klären.');
    expect(text).toContain(norm(`${programName('buergerbus')}: Fahrdienst mit dem Seniorenverein abstimmen.`));
    for (const heading of [A.dossier.summary, A.dossier.answers, A.dossier.programs, A.dossier.plan, 'Förderkette', A.dossier.open, A.dossier.notes]) expect(text).toContain(heading);
    expect(text).toContain('Kolbingen');
    // Only the dossier: no navigation, no buttons, no forms, not the screen itself.
    for (const absent of [A.link.copy, A.draft.restart, A.file.open, A.panel.title, 'Deutsch', tx('de', 'results.controls.order')]) expect(text).not.toContain(absent);

    // Pages as images, for a human to look at (test-results/advisor/dossier-N.png).
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'dossier')]);
    const pngs = readdirSync(OUT).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(1);
    writeFileSync(join(OUT, 'dossier.txt'), text);
    expect(found).toEqual(clean);
    await context.close();
  });
});
