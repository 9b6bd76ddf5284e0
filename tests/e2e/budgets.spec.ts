import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { criticalPath, limits, measure, pageType } from '../../scripts/budgets.mjs';
import { readFileSync } from 'node:fs';

type PageSize = { page: string; htmlGz: number; cssGz: number; jsGz: number; island: boolean };
const KB = 1024;
const { pages } = measure('dist') as { pages: PageSize[] };

test('each page’s own CSS (inlined) is at most 6.5 KB gzipped', () => {
  const over = pages.filter((p) => p.cssGz > limits.pageCssKb * KB).map((p) => `${p.page}: ${(p.cssGz / KB).toFixed(1)} KB`);
  expect(over).toEqual([]);
});

/**
 * The first round trip (ADR 0009): the HTML with its inlined CSS plus everything that blocks its first
 * paint, gzipped, within its page type's budget (14 KB, the first TCP congestion window, for most).
 */
test('every page fits its first round trip and requests no render-blocking file', () => {
  const over: string[] = [];
  const counted = new Map<string, number>();
  for (const p of pages.filter((x) => x.page.endsWith('/'))) {
    const [type, { kb }] = pageType(p.page)!;
    counted.set(type, (counted.get(type) ?? 0) + 1);
    const c = criticalPath('dist', p.page);
    if (c.criticalGz > kb * KB) over.push(`${p.page} (${type}): ${(c.criticalGz / KB).toFixed(1)} KB > ${kb} KB`);
    if (c.blocking.length) over.push(`${p.page}: render-blocking ${c.blocking.map((b: { url: string }) => b.url).join(', ')}`);
  }
  expect(over).toEqual([]);
  // Every page type is present, so a renamed section cannot slip out of its budget unnoticed.
  for (const type of Object.keys(limits.criticalKb)) expect(counted.get(type), type).toBeGreaterThan(0);
});

test('the brand font is not preloaded: text paints in the metric-matched fallback', () => {
  for (const path of ['/', '/en/', '/erleben/orte/zeche-zollern/', '/aktuelles/']) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    expect(html, path).not.toMatch(/<link[^>]+as="font"/);
    expect(html, path).toMatch(/font-family:\s*['"]?Archivo Fallback['"]?;[^}]*size-adjust:/);
  }
});

test('the home artwork and a place’s page-head artwork are in the HTML, eager and high priority', () => {
  for (const path of ['/', '/en/', '/erleben/orte/zeche-zollern/', '/veranstaltungen/extraschicht-2026/']) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const main = html.slice(html.indexOf('<main'));
    const img = main.match(/<img\b[^>]*>/)?.[0] ?? '';
    expect(img, `${path}: first image of the main content`).toMatch(/fetchpriority="high"/);
    expect(img, path).not.toMatch(/loading="lazy"/);
    expect(img, path).toMatch(/\bwidth="\d+"[^>]*\bheight="\d+"|\bheight="\d+"[^>]*\bwidth="\d+"/);
  }
});

test('pages without an island ship at most 2 KB of JavaScript gzipped', () => {
  const over = pages.filter((p) => !p.island && p.jsGz > limits.jsWithoutIslandKb * KB).map((p) => `${p.page}: ${p.jsGz} B`);
  expect(over).toEqual([]);
});

test(`the search pages ship at most ${limits.jsSearchKb} KB of JavaScript files gzipped`, () => {
  const search = pages.filter((p) => ['/suche/', '/en/search/'].includes(p.page));
  expect(search).toHaveLength(2);
  for (const p of search) expect(p.jsGz, p.page).toBeLessThanOrEqual(limits.jsSearchKb * KB);
});

test('pages with islands ship at most 25 KB of JavaScript files gzipped', () => {
  const over = pages.filter((p) => p.island && p.jsGz > limits.jsWithIslandKb * KB).map((p) => `${p.page}: ${p.jsGz} B`);
  expect(over).toEqual([]);
});

test(`the search page loads at most ${limits.jsSearchKb} KB of JavaScript gzipped, searching included`, async ({ page }) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '')) {
      scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    }
  });
  await page.goto('/suche/?q=Zeche');
  await expect(page.getByRole('status')).toContainText('Treffer');
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(limits.jsSearchKb * KB);
});

for (const width of [375, 1280]) {
  test(`the home page transfers at most 200 KB at ${width} px, fonts and images included`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const sizes: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      // As the production server sends them: text compressed (gzip here; nginx sends Brotli, smaller), the rest as is.
      const compressible = /text|javascript|json|svg|xml/.test(type);
      sizes.push(response.body().then((body) => [response.url(), compressible ? gzipSync(body, { level: 9 }).length : body.length] as [string, number]).catch(() => [response.url(), 0] as [string, number]));
    });
    await page.goto('/');
    // Scroll through the whole page so that every lazy image loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const total = all.reduce((sum, [, n]) => sum + n, 0);
    const biggest = all.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([u, n]) => `${new URL(u).pathname} ${(n / KB).toFixed(1)} KB`);
    console.log(`home page at ${width} px: ${(total / KB).toFixed(1)} KB in ${all.length} responses; biggest: ${biggest.join(', ')}`);
    expect(total, biggest.join(', ')).toBeLessThanOrEqual(200 * KB);
  });
}

/**
 * ADR 0011: nothing that the first paint does not need competes with it on a slow connection. The
 * page scripts and the islands start after the load event (or at the first touch, key or focus); the
 * brand font is then fetched into the cache for the next page, and the page itself keeps its
 * metric-matched fallback, so nothing can shift.
 */
const layoutShifts = () =>
  new Promise<number>((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(sum), 300);
  });

/** The fonts Chrome actually drew the page's heading with (not what CSS asks for). */
async function renderedFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

for (const path of ['/', '/erleben/orte/zeche-zollern/', '/veranstaltungen/', '/erleben/karte/']) {
  test(`${path}: font and scripts start only after the page has loaded, and nothing shifts`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    const resources = () =>
      page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const late = performance.getEntriesByType('resource').filter((r) => /\.(js|woff2)(\?|$)/.test(r.name)).map((r) => ({ name: new URL(r.name).pathname, start: Math.round(r.startTime) }));
        return { load: Math.round(nav.loadEventStart), late };
      });
    // The brand font is fetched for the next page, after the load …
    await expect.poll(async () => (await resources()).late.some((r) => r.name.endsWith('.woff2'))).toBe(true);
    const { load, late } = await resources();
    expect(late.some((r) => r.name.endsWith('.js')), 'the page loads its scripts').toBe(true);
    expect(late.filter((r) => r.start < load), `started before the load event at ${load} ms`).toEqual([]);
    // … and this page keeps the fallback it painted with.
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Archivo Variable').length)).toBe(0);
    expect((await renderedFonts(page)).some((f) => /Archivo/i.test(f)), 'the heading is drawn in the fallback').toBe(false);
    expect(await page.evaluate(layoutShifts)).toBe(0);
  });
}

test('the next page of a visit paints in the brand font from its first frame, without a shift', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/erleben/');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.woff2')))).toBe(true);
  await page.getByRole('main').getByRole('link', { name: /Zeche Zollern/ }).first().click();
  await expect(page).toHaveURL(/zeche-zollern/);
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Archivo Variable' && f.status === 'loaded'))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('700 2em "Archivo Variable"'))).toBe(true);
  expect(await renderedFonts(page), 'the heading is drawn in Archivo').toContainEqual(expect.stringMatching(/Archivo/i));
  expect(await page.evaluate(layoutShifts)).toBe(0);
});

test('a header search submitted before its script has arrived opens the dialog once it has', async ({ page }) => {
  // Hold the header search's script back, so that the visitor searches before it is there.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/SearchDialog[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/impressum/');
  const field = page.getByRole('search', { name: 'Schnellsuche' }).getByRole('searchbox');
  await field.fill('Zollern');
  await field.press('Enter');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname, 'the page stays while the script loads').toBe('/impressum/');
  release();
  const dialog = page.getByRole('dialog', { name: 'Suche' });
  await expect(dialog.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/impressum/');
});

test('a header search whose script fails to load goes to the search page', async ({ page }) => {
  await page.route(/\/_astro\/SearchDialog[^/]*\.js$/, (route) => route.abort());
  await page.goto('/impressum/');
  const field = page.getByRole('search', { name: 'Schnellsuche' }).getByRole('searchbox');
  await field.fill('Zollern');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Zollern/);
  await expect(page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
});
