import { test, expect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readdirSync } from 'node:fs';

test('the figures open data parses, matches the dataset, and every figure has source, date and licence', async ({ request }) => {
  const json = await (await request.get('/daten/kennzahlen.json')).json();
  const csvResponse = await request.get('/daten/kennzahlen.csv');
  expect(csvResponse.headers()['content-type']).toMatch(/^text\/csv/);
  const rows = parse(await csvResponse.text(), { columns: true }) as Record<string, string>[];
  const files = readdirSync('content/figures').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
  expect(json.figures.map((f: { key: string }) => f.key)).toEqual(files);
  expect(rows.map((r) => r.key)).toEqual(files);
  for (const [i, f] of json.figures.entries()) {
    expect(Number(rows[i].value)).toBe(f.value);
    expect(f.source_url, f.key).toMatch(/^https?:\/\//);
    expect(f.source_title.length, f.key).toBeGreaterThan(3);
    expect(f.date, f.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.licence, f.key).toBeTruthy();
  }
  expect(json.licence.url).toBe('https://www.govdata.de/dl-de/by-2-0');
});

test('charts have a text alternative and the same numbers as a table, and the page ships no chart JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/wirtschaft/zahlen/');
  const charts = page.getByRole('main').getByRole('figure');
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  for (const chart of await charts.all()) {
    const img = chart.getByRole('img');
    await expect(img).toHaveAccessibleName(/\S/);
    const name = await img.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    const cells = await chart.getByRole('table').getByRole('cell').allInnerTexts();
    // Every value in the table is also spoken by the chart's description.
    for (const value of cells.filter((c) => /^\d[\d.,]*( %)?$/.test(c.trim()))) expect(name).toContain(value.trim());
  }
  // The only script is the site-wide loader of the header's search dialog (1.4 KB with Vite's preload
  // helper); the charts need none.
  expect(scripts.filter((u) => !/\/_astro\/(SearchDialog\.[^/]*|preload-helper\.[^/]*)\.js$/.test(u))).toEqual([]);
});

test('the contact finder works with the keyboard and narrows the list', async ({ page }) => {
  await page.goto('/wirtschaft/ansprechpartner/');
  const contacts = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  const all = await contacts.count();
  expect(all).toBeGreaterThan(2);
  await page.getByRole('radio', { name: 'Alle Themen' }).focus();
  await page.keyboard.press('ArrowRight');
  const first = page.getByRole('radio').nth(1);
  await expect(first).toBeChecked();
  await expect(page).toHaveURL(/thema=/);
  const some = await contacts.count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThanOrEqual(all);
  await expect(page.getByRole('status')).toContainText(String(some));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the contact page is a plain list of every contact', async ({ page }) => {
    await page.goto('/wirtschaft/ansprechpartner/');
    const count = readdirSync('content/contacts').filter((f) => f.endsWith('.yaml')).length;
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(count + 1); // + sources
  });
});
