import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { localeOfPath, sitemapPaths } from './routes';

/**
 * Dutch is a partial language (src/i18n/languages.ts): its pages exist where Dutch content exists,
 * hreflang and the sitemap pair exactly the pages that exist, the language switch says where it leads
 * when a page has no Dutch version, and the calendar lists events without Dutch text in English.
 */
const dutch = sitemapPaths().filter((p) => localeOfPath(p) === 'nl');
const file = (path: string) => `dist${path}index.html`;
const alternates = (html: string) =>
  Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]));

test('the Dutch pages are in the sitemap and every alternate they name exists, pointing back at them', () => {
  expect(dutch.length).toBeGreaterThan(60);
  for (const path of dutch) {
    const links = alternates(readFileSync(file(path), 'utf8'));
    expect(links.nl, path).toBe(path);
    for (const [lang, other] of Object.entries(links)) {
      if (lang === 'x-default') continue;
      expect(existsSync(file(other)), `${path} → ${other}`).toBe(true);
      expect(alternates(readFileSync(file(other), 'utf8')).nl, `${other} must name ${path}`).toBe(path);
    }
  }
});

test('a Dutch place page is paired with its German and English pages both ways', async ({ page }) => {
  await page.goto('/nl/bezoeken/bezienswaardigheden/zeche-zollern/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Zeche Zollern/);
  const nav = page.getByRole('navigation', { name: 'Taal' });
  await expect(nav.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');
  await nav.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/erleben\/orte\/zeche-zollern\/$/);
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/bezoeken\/bezienswaardigheden\/zeche-zollern\/$/);
});

test('a page without a Dutch version has no Dutch alternate, and the switch says it leads to the Dutch section page', async ({ page }) => {
  await page.goto('/erleben/orte/fzw/');
  await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveCount(0);
  const link = page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: /^Nederlands/ });
  await expect(link).toHaveAccessibleName(/Deze pagina bestaat niet in het Nederlands/);
  await link.click();
  await expect(page).toHaveURL(/\/nl\/(bezoeken|cultuur)\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the Dutch calendar lists events without Dutch text in English, marked and with a notice', async ({ page }) => {
  await page.goto('/nl/evenementen/');
  const list = page.locator('#calendar-list, main').first();
  const english = list.locator('a[lang="en"]');
  expect(await english.count()).toBeGreaterThan(0);
  await expect(page.getByText('Nog niet in het Nederlands vertaald').first()).toBeVisible();
  const href = await english.first().getAttribute('href');
  expect(href).toMatch(/^\/en\/events\//);
});

test('the legal pages in Dutch link the binding German text', async ({ page }) => {
  for (const [path, german] of [['/nl/colofon/', '/impressum/'], ['/nl/privacy/', '/datenschutz/'], ['/nl/toegankelijkheid/', '/barrierefreiheit/']]) {
    await page.goto(path);
    await expect(page.getByText('Juridisch bindend is alleen de Duitse tekst')).toBeVisible();
    await expect(page.getByRole('main').locator(`a[href="${german}"]`).first()).toBeVisible();
  }
});

test('search has a Dutch index', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(entry.languages.nl?.page_count).toBeGreaterThan(50);
});
