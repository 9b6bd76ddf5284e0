import { test, expect } from '@playwright/test';
import Parser from 'rss-parser';
import { readFileSync, readdirSync } from 'node:fs';

const titleOf = (file: string) => /^title: (.+)$/m.exec(readFileSync(file, 'utf8'))![1].replace(/^"|"$/g, '');

test('each language has an RSS feed that parses and carries every news item', async ({ request }) => {
  for (const [path, dir] of [['/aktuelles/rss.xml', 'content/news/de'], ['/en/news/rss.xml', 'content/news/en']]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const feed = await new Parser().parseString(xml);
    // The feed names its own address (RSS Advisory Board: atom:link rel="self" in the channel).
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    const self = /<channel>[\s\S]*<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>[\s\S]*<item>/.exec(xml);
    expect(self, `${path} has atom:link rel="self" before its items`).not.toBeNull();
    expect(new URL(self![1]).pathname).toBe(path);
    expect(new URL(self![1]).origin).toBe(new URL(feed.link!).origin);
    const titles = feed.items.map((i) => i.title);
    for (const file of readdirSync(dir)) expect(titles, file).toContain(titleOf(`${dir}/${file}`));
    for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\/.+\/$/);
  }
});

test('pages announce the feed of their language', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/en/news/rss.xml');
});

test('the newsroom filters by section and year with plain links', async ({ page }) => {
  await page.goto('/aktuelles/');
  const filters = page.getByRole('navigation', { name: 'Meldungen filtern' });
  const years = await filters.getByRole('link', { name: /^\d{4}$/ }).allInnerTexts();
  expect(years.length).toBeGreaterThan(0);
  await filters.getByRole('link', { name: years[0], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/aktuelles/jahr/${years[0]}/$`));
  await expect(page.getByRole('navigation', { name: 'Meldungen filtern' }).getByRole('link', { name: years[0], exact: true })).toHaveAttribute('aria-current', 'page');
  for (const kicker of await page.getByRole('main').getByRole('article').allInnerTexts()) expect(kicker).toContain(years[0]);
});

test('the media library offers every image in two sizes and as SVG, with credit and licence', async ({ page, request }) => {
  await page.goto('/aktuelles/mediathek/');
  const figures = page.getByRole('main').getByRole('figure');
  expect(await figures.count()).toBeGreaterThan(5);
  for (const figure of await figures.all()) {
    await expect(figure.getByRole('img')).toHaveAccessibleName(/\S{5,}/);
    await expect(figure).toContainText('CC BY 4.0');
    const links = await figure.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(3);
    for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('the brand page shows exactly the colours of the design tokens', async ({ page }) => {
  const tokens = [...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/--do-palette-[a-z0-9-]+:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1].toLowerCase());
  await page.goto('/en/news/brand/');
  const shown = (await page.getByRole('main').locator('code').allInnerTexts()).map((s) => s.trim().toLowerCase());
  expect(shown).toEqual(tokens);
  for (const href of ['/brand/wordmark-night.svg', '/brand/wordmark-paper.svg']) {
    await expect(page.getByRole('link', { name: /Wordmark for/ }).filter({ has: page.locator(`[href="${href}"]`) }).or(page.locator(`a[href="${href}"]`))).toBeVisible();
  }
});

test('festival pages list their dates from the calendar', async ({ page }) => {
  await page.goto('/kultur/festivals/');
  const cards = page.getByRole('main').getByRole('article');
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  await page.getByRole('link', { name: /Mayday/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /Termine/ }).first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Mayday 20\d\d/ }).first()).toBeVisible();
});
