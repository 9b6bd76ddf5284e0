import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { districts } from '../../src/schemas/enums';

/** Has the image at this address loaded and drawn (same host, a real SVG)? */
async function imageLoaded(page: Page, path: string) {
  return page.evaluate((src) => [...document.images].some((img) => new URL(img.src).pathname === src && img.complete && img.naturalWidth > 0), path);
}

/** Titles of the places in a district, from the content files. */
function placesIn(district: string): string[] {
  return readdirSync('content/places/de')
    .map((f) => readFileSync(`content/places/de/${f}`, 'utf8'))
    .filter((text) => new RegExp(`^district: "?${district}"?$`, 'm').test(text))
    .map((text) => /^title: (.+)$/m.exec(text)![1].replace(/^"|"$/g, ''));
}

test('the map draws the city with its districts and neighbours, names them, and credits the shapes', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
  });
  await page.goto('/erleben/karte/');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await imageLoaded(page, '/karten/dortmund.svg')).toBe(true);

  // The 12 districts as a numbered list of links beside the map, in the official order.
  const list = page.getByRole('heading', { name: 'Die 12 Stadtbezirke' }).locator('xpath=following-sibling::ol[1]');
  await expect(list.getByRole('link')).toHaveText([...districts]);
  await list.getByRole('link', { name: 'Hörde' }).click();
  await expect(page).toHaveURL(/\/erleben\/stadtbezirke\/hoerde\/$/);
  await page.goBack();

  // Their names on the map itself, and the bordering towns for orientation.
  const map = page.getByRole('img', { name: /Karte von Dortmund/ });
  for (const name of ['Mengede', 'Aplerbeck', 'Lütgendortmund', 'Castrop-Rauxel', 'Schwerte', 'Lünen']) await expect(map.getByText(name, { exact: true })).toBeVisible();

  // The key names each kind of marker, and the credit the licences ask for is on the page.
  for (const key of ['Sehenswürdigkeiten und Kirchen', 'Museen und Gedenkorte', 'Bühnen, Hallen und Stadien', 'Parks, Seen und Zoo', 'Stadtgrenze']) await expect(page.getByText(key, { exact: true })).toBeVisible();
  await expect(page.getByText(/© GeoBasis-DE \/ BKG \(2017\)/)).toBeVisible();
  await expect(page.getByText(/Datenquelle: Stadt Dortmund/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' })).toHaveAttribute('href', 'https://www.govdata.de/dl-de/by-2-0');
});

test('the district filter marks the district name on the map', async ({ page }) => {
  await page.goto('/en/visit/map/?district=Eving');
  const map = page.getByRole('img', { name: /Map of Dortmund/ });
  // The chosen district's name is set darker than the others (rgb of --do-color-text against --do-map-label).
  await expect(map.getByText('Eving', { exact: true })).toHaveCSS('fill', 'rgb(20, 23, 38)');
  await expect(map.getByText('Brackel', { exact: true })).toHaveCSS('fill', 'rgb(61, 74, 63)');
  await expect(page.getByText(/© GeoBasis-DE \/ BKG \(2017\)/)).toBeVisible();
  await expect(page.getByText(/districts: Datenquelle: Stadt Dortmund/)).toBeVisible();
});

for (const width of [375, 1280]) {
  test(`a district page shows its outline with its places named (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/erleben/stadtbezirke/hoerde/');
    const places = placesIn('Hörde');
    expect(places.length).toBeGreaterThan(0);
    const map = page.getByRole('img', { name: `Karte des Stadtbezirks Hörde mit ${places.length} Orten dieses Portals` });
    await map.scrollIntoViewIfNeeded();
    await expect(map).toBeVisible();
    await expect.poll(() => imageLoaded(page, '/karten/stadtbezirk-hoerde.svg')).toBe(true);
    // The outline image and the drawing on top share one box.
    const img = await page.evaluate(() => [...document.images].find((i) => i.src.includes('stadtbezirk-hoerde'))!.getBoundingClientRect().toJSON());
    const svg = (await map.boundingBox())!;
    expect(Math.abs(img.width - svg.width)).toBeLessThan(1);
    expect(Math.abs(img.height - svg.height)).toBeLessThan(1);

    // The numbered key names every place of the district, in the order of the numbers on the map.
    const key = page.getByRole('list', { name: 'Orte auf der Karte' });
    await expect(key.getByRole('listitem')).toHaveText([...places].sort((a, b) => a.localeCompare(b, 'de')));
    for (let i = 1; i <= places.length; i++) await expect(map.getByText(String(i), { exact: true })).toBeVisible();
    // Neighbouring districts named for orientation; the credit under the map.
    await expect(map.getByText('Hombruch', { exact: true })).toBeVisible();
    await expect(page.getByText(/© GeoBasis-DE \/ BKG \(2017\)/)).toBeVisible();
  });
}

test('the outline image picks out its district and comes from this site', async ({ request }) => {
  const response = await request.get('/karten/stadtbezirk-hoerde.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const svg = await response.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+"/);
  expect(svg).not.toMatch(/href="http|url\(http/);
  // Twelve district images, one per district page.
  for (const key of ['innenstadt-west', 'luetgendortmund', 'mengede']) expect((await request.get(`/karten/stadtbezirk-${key}.svg`)).status()).toBe(200);
});
