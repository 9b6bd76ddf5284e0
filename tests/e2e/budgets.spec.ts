import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { limits, measure } from '../../scripts/budgets.mjs';

type PageSize = { page: string; htmlGz: number; jsGz: number; island: boolean };
const KB = 1024;
const { pages, cssGz } = measure('dist') as { pages: PageSize[]; cssGz: number };

test('every HTML page is at most 14 KB gzipped', () => {
  const over = pages.filter((p) => p.htmlGz > limits.htmlKb * KB).map((p) => `${p.page}: ${(p.htmlGz / KB).toFixed(1)} KB`);
  expect(over).toEqual([]);
});

test('all CSS together is at most 15 KB gzipped', () => {
  expect(cssGz).toBeLessThanOrEqual(limits.cssKb * KB);
});

test('pages without an island ship at most 2 KB of JavaScript gzipped', () => {
  const over = pages.filter((p) => !p.island && p.jsGz > limits.jsWithoutIslandKb * KB).map((p) => `${p.page}: ${p.jsGz} B`);
  expect(over).toEqual([]);
});

test('the search pages ship at most 20 KB of JavaScript files gzipped', () => {
  const search = pages.filter((p) => ['/suche/', '/en/search/'].includes(p.page));
  expect(search).toHaveLength(2);
  for (const p of search) expect(p.jsGz, p.page).toBeLessThanOrEqual(limits.jsSearchKb * KB);
});

test('pages with islands ship at most 25 KB of JavaScript files gzipped', () => {
  const over = pages.filter((p) => p.island && p.jsGz > limits.jsWithIslandKb * KB).map((p) => `${p.page}: ${p.jsGz} B`);
  expect(over).toEqual([]);
});

test('the search page loads at most 20 KB of JavaScript gzipped, searching included', async ({ page }) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '')) {
      scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    }
  });
  await page.goto('/suche/?q=Zeche');
  await expect(page.getByRole('status')).toContainText('Treffer');
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(limits.jsSearchKb * KB);
});

for (const width of [375, 1280]) {
  test(`the home page transfers at most 200 KB at ${width} px, fonts and images included`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const sizes: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      // As the production server sends them: text compressed (gzip here; nginx sends Brotli, smaller), the rest as is.
      const compressible = /text|javascript|json|svg|xml/.test(type);
      sizes.push(response.body().then((body) => [response.url(), compressible ? gzipSync(body, { level: 9 }).length : body.length] as [string, number]).catch(() => [response.url(), 0] as [string, number]));
    });
    await page.goto('/');
    // Scroll through the whole page so that every lazy image loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const total = all.reduce((sum, [, n]) => sum + n, 0);
    const biggest = all.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([u, n]) => `${new URL(u).pathname} ${(n / KB).toFixed(1)} KB`);
    console.log(`home page at ${width} px: ${(total / KB).toFixed(1)} KB in ${all.length} responses; biggest: ${biggest.join(', ')}`);
    expect(total, biggest.join(', ')).toBeLessThanOrEqual(200 * KB);
  });
}
