import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { localeOfPath, sitemapPaths } from './routes';
import { languages } from '../../src/i18n/languages';

const paths = sitemapPaths();
// The accessibility statement in each language that has it (its own hreflang links); German for the others.
const statement = new Map(
  [...readFileSync('dist/barrierefreiheit/index.html', 'utf8').matchAll(/<link rel="alternate" hreflang="([a-z]{2,3})" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]),
);

test('the sitemap lists pages in every language of the registry', () => {
  for (const l of languages) expect(paths.filter((p) => localeOfPath(p) === l.code).length, l.code).toBeGreaterThan(l.complete ? 20 : 0);
});

for (const path of paths) {
  test(`page ${path}: title, one h1, lang, hreflang, no other host, axe`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('h1')).toHaveCount(1);
    const locale = localeOfPath(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    const hreflang = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(hreflang, 'hreflang must include the page itself').toContainEqual([locale, path]);
    expect(hreflang.map(([lang]) => lang)).toContain('x-default');

    expect(foreign, 'no request may leave the site').toEqual([]);

    // Leichte Sprache and the accessibility statement are one step away from every page.
    const targets = await page.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(targets).toContain('/leichte-sprache/');
    expect(targets).toContain(statement.get(locale) ?? statement.get('de'));

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
