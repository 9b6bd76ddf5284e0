import { test, expect } from '@playwright/test';

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the language switch keeps the visitor on the same page, both ways', async ({ page }) => {
  await page.goto('/erleben/');
  const nav = page.getByRole('navigation', { name: 'Sprache' });
  await expect(nav.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'true');
  await nav.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/visit\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A content page with a translated slug: the pair is declared, not derived from the path.
  await page.goto('/en/visit/');
  const first = page.getByRole('main').getByRole('article').first().getByRole('link');
  await first.click();
  const englishPath = new URL(page.url()).pathname;
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
  const germanPath = new URL(page.url()).pathname;
  expect(germanPath).toMatch(/^\/erleben\/orte\/[a-z0-9-]+\/$/);
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  expect(new URL(page.url()).pathname).toBe(englishPath);
});

test('a missing page answers 404 with a search form in both languages', async ({ page }) => {
  const response = await page.goto('/diese-seite-gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
  await expect(page.getByRole('search', { name: 'Suche', exact: true })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Search', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search submits to the search page with the query', async ({ page }) => {
    await page.goto('/kultur/');
    const form = page.getByRole('search', { name: 'Schnellsuche' });
    await form.getByRole('searchbox', { name: 'Suche' }).fill('Zeche');
    await form.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/suche\/\?q=Zeche$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  });
});

test('the page shell keeps its shape on content pages (layer order, wordmark, header search)', async ({ page }) => {
  // A stylesheet that declares a cascade layer before layers.css does would demote the component
  // layer and collapse the header's SVGs; this is what a visitor would see first.
  for (const path of ['/', '/erleben/orte/zeche-zollern/', '/en/business/']) {
    await page.goto(path);
    const home = page.getByRole('banner').getByRole('link', { name: /Dortmund – / });
    const box = await home.locator('svg').boundingBox();
    expect(box?.height, path).toBeGreaterThanOrEqual(24);
    // The link carries its name as its own text (HTML_CodeSniffer: no "link without content"); the drawing is hidden.
    expect(await home.textContent(), path).toMatch(/^\s*Dortmund – \S/);
    await expect(home.locator('svg'), path).toHaveAttribute('aria-hidden', 'true');
    await expect(home.locator('svg'), path).not.toHaveAttribute('aria-label');
    const layers = await page.evaluate(() => document.head.querySelector('style')?.textContent ?? '');
    expect(layers).toMatch(/^@layer reset, tokens, base, layout, components, content, utilities, print;$/);
  }
});
