import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';

/**
 * The app embedded the way the ministry website will embed it: the built app on one origin
 * (127.0.0.1) with the production headers, a host page on a second origin (localhost) with its
 * own strict CSP, the iframe snippet and the host script from README "Einbetten".
 */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

function listen(handler: Parameters<typeof createServer>[1], host: string): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, host, () => resolve({ server, port: (server.address() as AddressInfo).port })));
}

let app: { server: Server; port: number };
let host: { server: Server; port: number };
let browser: Browser;
const appOrigin = () => `http://127.0.0.1:${app.port}`;
const hostOrigin = () => `http://localhost:${host.port}`;

beforeAll(async () => {
  const root = join(process.cwd(), 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  host = await listen(() => undefined, 'localhost');
  app = await listen((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors ${hostOrigin()}`;
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    if (path === '/embed-config.json') {
      // The web editor's allowlist for this host.
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.json']! });
      res.end(JSON.stringify({ parentOrigins: [hostOrigin()] }));
      return;
    }
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  }, '127.0.0.1');
  host.server.on('request', (_req, res) => {
    res.writeHead(200, {
      'Content-Type': TYPES['.html']!,
      'Content-Security-Policy': `default-src 'none'; script-src ${appOrigin()}; frame-src ${appOrigin()}; style-src 'self'; img-src 'self'`,
    });
    res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ministerium – Quartier 2030</title></head>
<body><h1>Quartiersentwicklung</h1><p>Text der Ministeriumsseite.</p>
<iframe src="${appOrigin()}/?lang=de" title="Förderbaukasten Quartier 2030" data-foerderbaukasten width="100%" height="600"></iframe>
<script src="${appOrigin()}/embed.js" defer></script></body></html>`);
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => app?.server.close(r));
  await new Promise((r) => host?.server.close(r));
});

async function openHost(): Promise<{ page: Page; frame: () => Frame; found: { violations: string[]; foreign: string[]; errors: string[] }; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const found = { violations: [] as string[], foreign: [] as string[], errors: [] as string[] };
  await context.exposeFunction('__violation', (v: string) => found.violations.push(v));
  // Runs in the host page and in the app's frame alike.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (v: string) => void }).__violation(`${location.origin} ${e.violatedDirective} ${e.blockedURI}`));
    (window as unknown as { __prints: number }).__prints = 0;
    window.print = () => void ((window as unknown as { __prints: number }).__prints += 1);
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(appOrigin()) && !u.startsWith(hostOrigin()) && !u.startsWith('blob:') && !u.startsWith('data:')) found.foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') found.errors.push(m.text());
  });
  page.on('pageerror', (e) => found.errors.push(e.message));
  await page.goto(`${hostOrigin()}/`);
  const frame = () => page.frames().find((f) => f.url().startsWith(appOrigin()))!;
  await expect.poll(() => frame()?.locator('h1').count() ?? 0).toBe(1);
  return { page, frame, found, close: () => context.close() };
}

// The inner height: the iframe's border is the host page's business.
const frameHeight = (page: Page) => page.locator('iframe[data-foerderbaukasten]').evaluate((el) => el.clientHeight);

describe('embedded on a second origin under both CSPs', () => {
  it('sizes the iframe to its content and follows the journey from start to results', async () => {
    const { page, frame, found, close } = await openHost();
    // The host script sets the height the app reports (the attribute said 600).
    await expect.poll(() => frameHeight(page)).not.toBe(600);
    const start = await frameHeight(page);
    await page.screenshot({ path: 'test-results/embed-start-1280.png', fullPage: true });
    const contentHeight = await frame().evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(start - contentHeight)).toBeLessThanOrEqual(2);

    await frame().getByRole('button', { name: 'Jetzt starten' }).click();
    await expect.poll(() => frame().evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).toBe('H1:Wer beantragt?');
    // The first section is taller than the start page: the frame grows with it.
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(start);

    await frame().getByLabel('Stadt oder Gemeinde (kreisangehörig)').check();
    await frame().getByRole('button', { name: 'Weiter' }).click();
    await expect.poll(() => frame().locator('h1').textContent()).toBe('Ihr Vorhaben');
    // A Maßnahme under its Handlungsfeld and a phase.
    await frame().getByRole('group', { name: 'Pflege und Gesundheit', exact: true }).getByLabel('Pflege vor Ort organisieren', { exact: true }).check();
    await frame().getByLabel('Beteiligung', { exact: true }).check();
    for (let i = 0; i < 4 && (await frame().locator('h1').textContent()) !== 'Ihre Angaben prüfen'; i++) {
      await frame().getByRole('button', { name: 'Weiter' }).click();
      await frame().waitForTimeout(150);
    }
    await expect.poll(() => frame().locator('h1').textContent()).toBe('Ihre Angaben prüfen');
    await frame().getByRole('button', { name: 'Ergebnis anzeigen' }).click();
    await expect.poll(() => frame().locator('h1').textContent()).toBe('Ihre Ergebnisse');
    await expect.poll(() => frame().evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.screenshot({ path: 'test-results/embed-results-1280.png', fullPage: true });
    // Scrolled to the top of the frame on the new screen.
    expect(await page.locator('iframe[data-foerderbaukasten]').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);

    expect(found).toEqual({ violations: [], foreign: [], errors: [] });
    await close();
  });

  it('downloads and prints from inside the frame', async () => {
    const { page, frame, found, close } = await openHost();
    await frame().goto(`${appOrigin()}/?antragsteller=gemeinde&kosten_sach=20000&kosten_personal=0&kosten_beratung=0&kosten_investition=0&phasen=beteiligung,umsetzung#/ergebnis`);
    await expect.poll(() => frame().locator('h1').textContent()).toBe('Förderbaukasten Quartier 2030');
    await frame().getByRole('button', { name: /starten|Weiter mit/ }).click();
    await frame().goto(`${appOrigin()}/#/ergebnis/plan`);
    await expect.poll(() => frame().locator('h1').textContent()).toBe('Finanzierungsplan');
    const download = page.waitForEvent('download');
    await frame().getByRole('button', { name: /Kalender/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    await frame().evaluate(() => window.print());
    expect(await frame().evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
    expect(found.violations).toEqual([]);
    expect(found.foreign).toEqual([]);
    await close();
  });

  it('ignores height messages that do not come from the app frame', async () => {
    const { page, close } = await openHost();
    await expect.poll(() => frameHeight(page)).not.toBe(600);
    const before = await frameHeight(page);
    // The host page itself (another origin and window) claims a height: the host script ignores it.
    await page.evaluate(() => window.postMessage({ source: 'foerderbaukasten', type: 'height', height: 99999 }, '*'));
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    await close();
  });
});
