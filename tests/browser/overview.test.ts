import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveDist, watch } from './harness';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('start page with the program overview, in Chromium under the production CSP', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`renders in ${lang} with one h1, no CSP violation, no foreign request and 0 axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const found = await watch(page, server.url.replace(/\/$/, ''));
      await page.goto(`${server.url}?lang=${lang}`);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').textContent()).toBe(lang === 'de' ? 'Förderbaukasten Quartier 2030' : 'Funding toolkit Quartier 2030');
      expect(await page.locator('article.program').count()).toBeGreaterThanOrEqual(31);
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      await page.screenshot({ path: `test-results/overview-${lang}-1280.png`, fullPage: false });
      expect(found).toEqual({ violations: [], errors: [], foreign: [] });
      await context.close();
    });
  }

  it('reflows at 320 px without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: 'test-results/overview-de-320.png' });
    await page.close();
  });

  it('switches language with the keyboard and keeps the page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // Deutsch
    await page.keyboard.press('Tab'); // English
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('button[aria-pressed="true"]').textContent()).toBe('English');
    expect(await page.locator('footer').textContent()).toContain('funding guidelines are binding');
    await page.close();
  });
});
