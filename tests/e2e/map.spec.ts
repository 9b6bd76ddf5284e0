import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';
import { readFileSync, readdirSync } from 'node:fs';

/** A 1×1 PNG that stands in for OpenStreetMap tiles, so the test needs no network. */
const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('the map makes no request to another host until the visitor asks for OpenStreetMap', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const tiles: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
  });
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
  });

  await page.goto('/erleben/karte/');
  await expect(page.getByRole('img', { name: /Karte von Dortmund/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);

  await page.getByRole('button', { name: 'OpenStreetMap-Karte laden' }).click();
  await expect(page.getByRole('link', { name: 'OpenStreetMap-Mitwirkende' })).toBeVisible();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(foreign.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);

  // The choice is remembered for the visit: the next map page loads OSM without asking again.
  await page.goto('/en/visit/map/');
  await expect(page.getByRole('link', { name: 'OpenStreetMap contributors' })).toBeVisible();
});

test('filters narrow the map and the list together, and the list names every place', async ({ page }) => {
  await page.goto('/erleben/karte/');
  const list = page.getByRole('heading', { name: 'Orte in der Liste' }).locator('xpath=following-sibling::ul[1]');
  // The places arrive as data files after the page has loaded (one per district).
  const placeFiles = readdirSync('content/places/de').length;
  await expect(list.getByRole('listitem')).toHaveCount(placeFiles);
  const total = placeFiles;

  await page.getByRole('combobox', { name: 'Art' }).selectOption('museum');
  await expect(page.getByRole('status')).toContainText('Orte');
  const museums = await list.getByRole('listitem').count();
  expect(museums).toBeGreaterThan(0);
  expect(museums).toBeLessThan(total);
  await expect(page).toHaveURL(/kind=museum/);
  for (const text of await list.getByRole('listitem').allInnerTexts()) expect(text).toContain('Museum');

  expect((await axeViolations(page)).violations).toEqual([]);

  await page.getByRole('combobox', { name: 'Stadtbezirk' }).selectOption('Hörde');
  await page.getByRole('combobox', { name: 'Art' }).selectOption('');
  for (const text of await list.getByRole('listitem').allInnerTexts()) expect(text).toContain('Hörde');
});

test('a district filter in the address loads only that district’s data', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/erleben/karte/daten/')) requested.push(new URL(r.url()).pathname);
  });
  await page.goto('/erleben/karte/?district=H%C3%B6rde');
  const list = page.getByRole('heading', { name: 'Orte in der Liste' }).locator('xpath=following-sibling::ul[1]');
  await expect(list.getByRole('listitem').first()).toBeVisible();
  for (const text of await list.getByRole('listitem').allInnerTexts()) expect(text).toContain('Hörde');
  expect(requested).toEqual(['/erleben/karte/daten/8.json']);
});

test('every place appears on the map page', async ({ page }) => {
  await page.goto('/erleben/karte/');
  const titles = readdirSync('content/places/de').map((f) => /^title: (.+)$/m.exec(readFileSync(`content/places/de/${f}`, 'utf8'))![1].replace(/^"|"$/g, ''));
  for (const title of titles) await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('nothing moves on a phone while the map loads its places (no layout shift)', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/erleben/karte/');
  // The filters are there once the places have loaded and the count says how many are shown.
  await expect(page.getByRole('form', { name: 'Orte filtern' }).getByRole('status')).toHaveText(/^\d+ Orte/);
  await page.waitForLoadState('networkidle');
  // A shift of a few ten-thousandths comes from the brand font replacing its metric-matched fallback.
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.005);
});
