import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { localeOfPath, sitemapPaths } from './routes';

/** hreflang links of a built page, as [lang, path] pairs. */
function pageAlternates(path: string): [string, string][] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m): [string, string] => [m[1], new URL(m[2]).pathname]);
}

test('the sitemap carries the same language alternates as each page', () => {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
  expect(entries.length).toBe(sitemapPaths().length);
  for (const [, loc, links] of entries) {
    const path = new URL(loc).pathname;
    const inSitemap = [...links.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m): [string, string] => [m[1], new URL(m[2]).pathname]);
    expect(inSitemap, path).toEqual(pageAlternates(path));
  }
});

test('translated pages point at each other, not at themselves', () => {
  for (const path of sitemapPaths()) {
    const locale = localeOfPath(path);
    const alternates = Object.fromEntries(pageAlternates(path));
    // Each page lists its versions in the other languages, and each of them lists this one back.
    for (const [lang, other] of Object.entries(alternates)) {
      if (lang === 'x-default' || lang === locale) continue;
      expect(Object.fromEntries(pageAlternates(other))[locale], `${path} → ${other}`).toBe(path);
    }
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('share previews use a raster image that exists', async ({ page, request }) => {
  for (const path of ['/', '/erleben/orte/zeche-zollern/']) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image, path).toMatch(/\.png$/);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), image!).toBe(200);
  }
});

test.describe('at 320 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('pages reflow without horizontal scrolling', async ({ page }) => {
    for (const path of ['/', '/en/visit/', '/erleben/orte/zeche-zollern/', '/wirtschaft/', '/veranstaltungen/', '/suche/?q=Zeche', '/impressum/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
