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
