import { test, expect } from './fixtures';
import { localeOfPath, sitemapPaths } from './routes';
import { axeViolations } from './axe';
import { watchNetwork } from './network';
import { watchCsp } from './csp';
import { checkEventStructuredData, eventPagePaths } from './event-structured-data';
import { readFileSync } from 'node:fs';
import { languages } from '../../src/i18n/languages';

const paths = sitemapPaths();
const eventPages = eventPagePaths();
// The accessibility statement in each language that has it (its own hreflang links); German for the others.
const statement = new Map(
  [...readFileSync('dist/barrierefreiheit/index.html', 'utf8').matchAll(/<link rel="alternate" hreflang="([a-z]{2,3})" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]),
);

test('the sitemap lists every event and series page', () => {
  expect(eventPages.size).toBeGreaterThan(20);
  for (const path of eventPages) expect(paths, path).toContain(path);
});

test('the sitemap lists pages in every language of the registry', () => {
  for (const l of languages) expect(paths.filter((p) => localeOfPath(p) === l.code).length, l.code).toBeGreaterThan(l.complete ? 20 : 0);
});

/**
 * Every page of the sitemap, each its own test (both workers share them), all in the worker's one
 * browser page (fixtures.ts): a new context and page per route cost more than checking it. The pages
 * come from nginx with the production headers (playwright.config.ts), so the same visit also checks
 * that nothing on the page breaks the Content Security Policy, images below the fold included.
 *
 * Instead of waiting for network idle (half a second of silence per page), a page is checked once it
 * has loaded, its islands have hydrated (Astro removes `ssr` from an <astro-island> when it has;
 * client:visible islands wait until they are scrolled to and stay as they are) and no request of
 * the page is open (an island's data). Title, h1, lang, hreflang and the links are read in one round
 * trip; axe-core is already in the page (axe.ts). Requests are collected for the page's whole
 * life, axe included, and checked last.
 */
for (const path of paths) {
  const extra = eventPages.has(path) ? ', event structured data' : '';
  test(`page ${path}: title, one h1, lang, hreflang, no other host, no CSP violation, axe${extra}`, async ({ sharedPage: page, baseURL }) => {
    const network = watchNetwork(page);
    const csp = watchCsp(page);
    try {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="visible"])'));
      await network.quiet(40);

      const facts = await page.evaluate(() => ({
        title: document.title,
        h1: document.querySelectorAll('h1').length,
        lang: document.documentElement.getAttribute('lang'),
        hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
        // Links as getByRole('link') finds them: <a href> with no other role, rendered and not aria-hidden.
        // What the page would still load: lazy images below the fold and their sources, media.
        resources: [...document.querySelectorAll('img, source, video, audio, iframe, embed, object')].flatMap((e) =>
          ['src', 'srcset', 'poster', 'data']
            .map((a) => e.getAttribute(a))
            .filter((v): v is string => !!v)
            .flatMap((v) => v.split(/,\s+/).map((c) => new URL(c.trim().split(/\s+/)[0], document.baseURI).href)),
        ),
        links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .filter((a) => [null, 'link'].includes(a.getAttribute('role')) && !a.closest('[aria-hidden="true"]') && a.checkVisibility({ visibilityProperty: true }))
          .map((a) => new URL(a.href).pathname),
      }));
      expect(facts.title, 'title').toMatch(/\S/);
      expect(facts.h1, 'one h1').toBe(1);
      const locale = localeOfPath(path);
      expect(facts.lang, 'lang').toBe(locale);
      expect(facts.hreflang, 'hreflang must include the page itself').toContainEqual([locale, path]);
      expect(facts.hreflang.map(([lang]) => lang)).toContain('x-default');

      // Leichte Sprache and the accessibility statement are one step away from every page.
      expect(facts.links).toContain('/leichte-sprache/');
      expect(facts.links).toContain(statement.get(locale) ?? statement.get('de'));

      // Event and series pages: the fields search engines require, and no tentative date as an Event.
      if (extra) await checkEventStructuredData(page, path);

      const { violations } = await axeViolations(page);
      expect(violations).toEqual([]);

      const origin = new URL(baseURL!).origin;
      const foreign = [...network.urls, ...facts.resources].filter((u) => !['data:', 'blob:'].includes(new URL(u).protocol) && new URL(u).origin !== origin);
      expect(foreign, 'no request may leave the site').toEqual([]);
      expect(await csp.violations(), 'Content Security Policy violations').toEqual([]);
    } finally {
      network.stop();
      csp.stop();
    }
  });
}
