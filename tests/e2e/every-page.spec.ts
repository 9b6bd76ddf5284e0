import { test, expect } from './fixtures';
import { localeOfPath, sitemapPaths } from './routes';
import { axeViolations } from './axe';

const paths = sitemapPaths();

test('the sitemap lists pages in both languages', () => {
  expect(paths.filter((p) => localeOfPath(p) === 'de').length).toBeGreaterThan(20);
  expect(paths.filter((p) => localeOfPath(p) === 'en').length).toBeGreaterThan(20);
});

/**
 * Every page of the sitemap, each its own test (both workers share them), all in the worker's one
 * browser page (fixtures.ts): a new context and page per route cost more than checking it.
 *
 * Instead of waiting for network idle (at least half a second of silence per page), a page is
 * checked once it has loaded and its islands have hydrated (Astro removes `ssr` from an
 * <astro-island> when it has; client:visible islands wait until they are scrolled to and stay as
 * they are). Requests are collected for the page's whole life, axe included, and checked last.
 */
for (const path of paths) {
  test(`page ${path}: title, one h1, lang, hreflang, no other host, axe`, async ({ sharedPage: page, baseURL }) => {
    const foreign: string[] = [];
    const watch = (req: { url(): string }) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
    };
    page.on('request', watch);
    try {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="visible"])'));

      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('h1')).toHaveCount(1);
      const locale = localeOfPath(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      const hreflang = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(hreflang, 'hreflang must include the page itself').toContainEqual([locale, path]);
      expect(hreflang.map(([lang]) => lang)).toContain('x-default');

      // Leichte Sprache and the accessibility statement are one step away from every page.
      const targets = await page.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(targets).toContain('/leichte-sprache/');
      expect(targets).toContain(locale === 'de' ? '/barrierefreiheit/' : '/en/accessibility/');

      const { violations } = await axeViolations(page);
      expect(violations).toEqual([]);

      expect(foreign, 'no request may leave the site').toEqual([]);
    } finally {
      page.off('request', watch);
    }
  });
}
