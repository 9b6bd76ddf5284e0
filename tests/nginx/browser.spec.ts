import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir, watchCsp, watchNetwork } from './helpers';
import { axeViolations } from '../e2e/axe';

/**
 * The pages outside the sitemap: the moved pages and both 404 pages. Every page of the sitemap is
 * checked against the policy by tests/e2e/every-page.spec.ts, whose browser tests also run through
 * nginx with this configuration, in the same visit as its other checks.
 */
const paths = ['/umgezogen/?q=zeche+zollern', '/en/moved/?q=industrial+culture', '/gibt-es-nicht/', '/en/does-not-exist/'];

test.describe('no CSP violation', () => {
  for (const group of [paths]) {
    test(`${group.join(', ')}`, async ({ page }) => {
      const violations = await watchCsp(page);
      const network = watchNetwork(page);
      const found: string[] = [];
      for (const path of group) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(/nicht|not-exist/.test(path) ? 404 : 200);
        // Images below the fold load late: scroll once so they are checked too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await network.quiet();
        found.push(...(await violations()).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }

  test('a <style> element the page did not ship is refused (each page pins its own styles)', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    const background = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      return getComputedStyle(document.body).backgroundColor;
    });
    expect(background).not.toBe('rgb(255, 0, 0)');
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^style-src-elem /));
  });

  test('searching runs Pagefind and its WebAssembly within the policy', async ({ page }) => {
    const violations = await watchCsp(page);
    // The browser unpacks the Brotli copy of Pagefind's WebAssembly itself (scripts/deploy/precompress.mjs).
    const wasm = page.waitForResponse((r) => r.url().endsWith('/pagefind/wasm.de.pagefind'));
    await page.goto('/suche/?q=Zeche');
    await expect(page.getByRole('status')).toContainText('Treffer');
    expect((await wasm).headers()['content-encoding']).toBe('br');
    await expect(page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
    await page.goto('/en/search/?q=colliery');
    await expect(page.getByRole('status')).toContainText(/result/i);
    expect(await violations()).toEqual([]);
  });

  test('the OpenStreetMap map loads within the policy after the click', async ({ page }) => {
    const map = ['/erleben/karte/', '/en/visit/map/'].find((p) => existsSync(join(siteDir, p, 'index.html')));
    test.skip(!map, 'the site has no map page');
    // No request leaves the machine: tiles are answered locally, but the browser still checks img-src first.
    await page.route('https://tile.openstreetmap.org/**', (route) =>
      route.fulfill({ contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64') }),
    );
    const violations = await watchCsp(page);
    await page.goto(map!);
    const load = page.getByRole('button', { name: /OpenStreetMap/ });
    test.skip((await load.count()) === 0, 'the map page has no OpenStreetMap button');
    const tiles = page.waitForRequest(/tile\.openstreetmap\.org/);
    await load.first().click();
    await tiles;
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
});

test.describe('the moved page', () => {
  for (const [path, lang, title] of [
    ['/umgezogen/?q=zeche+zollern', 'de', 'Diese Seite ist umgezogen'],
    ['/en/moved/?q=zeche+zollern', 'en', 'This page has moved'],
  ] as const) {
    test(`${lang}: one h1, noindex, axe`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      expect((await axeViolations(page)).violations).toEqual([]);
    });

    test(`${lang}: without JavaScript the words are in the field and the search submits`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const form = page.getByRole('search', { name: lang === 'de' ? 'Nach dem Inhalt suchen' : 'Search for the content' });
      const field = form.getByRole('searchbox', { name: lang === 'de' ? 'Suchbegriffe' : 'Search terms' });
      await expect(field).toHaveValue('zeche zollern');
      await form.getByRole('button').click();
      await expect(page).toHaveURL(new RegExp(`${lang === 'de' ? '/suche/' : '/en/search/'}\\?q=zeche\\+zollern$`));
      await context.close();
    });
  }
});
