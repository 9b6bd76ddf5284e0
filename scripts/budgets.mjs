#!/usr/bin/env node
/**
 * Size budgets over the built site (dist/): the first round trip per page (HTML with its inlined CSS
 * plus anything render-blocking), each page's CSS, and the
 * JavaScript files each page loads (module scripts, their static imports, islands and Pagefind's
 * loader). Inline scripts are part of the HTML and count towards the HTML budget.
 * `npm run budgets` prints a table of the heaviest pages; tests/e2e/budgets.spec.ts enforces it.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const limits = {
  /**
   * The first round trip per page type (ADR 0009): the HTML with its inlined CSS plus anything
   * render-blocking, gzipped. 14 KB is the first TCP congestion window; the first pattern that matches
   * a page's path decides its type. The events page (with the finder), place pages with long entries,
   * district and route pages with their static maps are heavier: their budgets are what they weigh now plus
   * about half a kilobyte, so they cannot grow unnoticed. Lowered on 2026-12-07, when the search
   * dialog (markup, strings, stylesheet) and the site-wide JSON-LD left the pages and the district
   * pages' accessibility lists moved to pages of their own: every page then fit 14 KB (the heaviest
   * route page at 13.99 KB); place and route pages keep half a kilobyte for editors (doc/benchmarks.md).
   */
  criticalKb: {
    home: { pattern: '^/((en|nl)/)?$', kb: 14 },
    map: { pattern: '^/(erleben/karte|en/visit/map|nl/bezoeken/kaart)/$', kb: 14 },
    figures: { pattern: '^/(wirtschaft/zahlen|en/business/figures|nl/economie/cijfers)/$', kb: 14 },
    calendar: { pattern: '^/(veranstaltungen|en/events|nl/evenementen)/(monat|month|maand|archiv|archive|archief|daten|data|naechste-7-tage|next-7-days|komende-7-dagen|heute|today|vandaag|wochenende|weekend)/', kb: 14 },
    events: { pattern: '^/(veranstaltungen|en/events|nl/evenementen)/$', kb: 14 },
    event: { pattern: '^/(veranstaltungen|en/events|nl/evenementen)/', kb: 14 },
    place: { pattern: '^/(erleben/orte|en/visit/places|nl/bezoeken/bezienswaardigheden)/', kb: 14 },
    district: { pattern: '^/(erleben/stadtbezirke|en/visit/districts|nl/bezoeken/stadsdelen)/', kb: 14 },
    route: { pattern: '^/(erleben/touren|en/visit/routes|nl/bezoeken/routes)/', kb: 14 },
    news: { pattern: '^/(aktuelles|en/news|nl/nieuws)/', kb: 14 },
    other: { pattern: '.', kb: 14 },
  },
  /** A page's own CSS, inlined, gzipped (Leaflet's is a file the map island links on demand). */
  pageCssKb: 6.5,
  jsWithoutIslandKb: 2,
  // 20 KB until Astro's island runtime (1.8 KB) moved out of the HTML into a shared, cached file (ADR 0011).
  jsSearchKb: 22,
  jsWithIslandKb: 25,
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** JavaScript files a page loads: <script src>, module imports of those, and island component URLs. */
function jsOfPage(dist, html) {
  const seen = new Set();
  const queue = [];
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) queue.push(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) queue.push(m[1]);
  // Page scripts and Astro's island runtime, imported after the first paint (ADR 0011).
  for (const m of html.matchAll(/<template data-module="([^"]+)"/g)) queue.push(m[1]);
  // Inline module scripts that import other files (Astro's island loader does this).
  for (const m of html.matchAll(/import\(?["']([^"']+\.js)["']/g)) queue.push(m[1]);
  while (queue.length) {
    const url = queue.shift();
    if (!url.startsWith('/') || seen.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    seen.add(url);
    const code = readFileSync(file, 'utf8');
    // Pagefind's loader is imported at run time by path; count it as part of the page that does so.
    if (code.includes('/pagefind/pagefind.js')) queue.push('/pagefind/pagefind.js');
    // Static imports only: a dynamic import() loads on demand (the search dialog loads the island on open).
    for (const m of code.matchAll(/(?:from\s*|import\s*)["']([^"']+\.js)["']/g)) {
      const target = m[1].startsWith('.') ? new URL(m[1], `http://x${url}`).pathname : m[1];
      queue.push(target);
    }
  }
  const files = [...seen].map((u) => readFileSync(join(dist, u)));
  // Inline scripts (Astro's island loader) are part of the HTML and counted in its budget, not twice.
  const bytes = files.reduce((sum, b) => sum + gz(b), 0);
  return { files: [...seen], bytes, island: /<astro-island/.test(html) };
}

/** The file a page path is served from. */
const pageFile = (dist, path) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/**
 * What a first paint of the page waits for: the HTML and every render-blocking request in it —
 * stylesheets (`<link rel="stylesheet">` without a non-matching media query, and their `@import`s) and
 * classic scripts without `async`/`defer`. Sizes gzipped (level 9), each file on its own, as a server
 * sends them. `criticalGz` should fit the first round trip (a 14 KB initial congestion window).
 */
export function criticalPath(dist, path) {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const blocking = [];
  const seen = new Set();
  const addCss = (url) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) return;
    const css = readFileSync(file);
    blocking.push({ url, type: 'stylesheet', gz: gz(css) });
    for (const m of css.toString().matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) addCss(new URL(m[1], `http://x${url}`).pathname);
  };
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel="?stylesheet"?/.test(tag)) continue;
    const media = tag.match(/\bmedia="([^"]*)"/)?.[1];
    if (media && !/^(all|screen)\b/.test(media)) continue;
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (href) addCss(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
    if (!src || /\b(async|defer)\b|type="module"/.test(tag) || !src.startsWith('/')) continue;
    const file = join(dist, src);
    if (existsSync(file)) blocking.push({ url: src, type: 'script', gz: gz(readFileSync(file)) });
  }
  const htmlGz = gz(Buffer.from(html));
  return {
    htmlGz,
    blocking,
    criticalGz: htmlGz + blocking.reduce((sum, b) => sum + b.gz, 0),
    stylesheets: blocking.filter((b) => b.type === 'stylesheet').length,
  };
}

/** The page type of a path, by the first matching pattern of limits.criticalKb. */
export function pageType(path) {
  return Object.entries(limits.criticalKb).find(([, t]) => new RegExp(t.pattern).test(path));
}

export function measure(dist = 'dist') {
  const all = walk(dist);
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const html = readFileSync(f);
      const text = html.toString();
      const js = jsOfPage(dist, text);
      // The page's own CSS: its inlined <style> elements (ADR 0009) and any stylesheet it links.
      const css = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      const linked = [...text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*href="(\/[^"]+)"/g)].map((m) => join(dist, m[1])).filter((file) => existsSync(file));
      const cssGz = gz(Buffer.concat([Buffer.from(css), ...linked.map((file) => readFileSync(file))]));
      return { page: '/' + relative(dist, f).replace(/index\.html$/, ''), htmlGz: gz(html), cssGz, jsGz: js.bytes, island: js.island };
    });
  return { pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { pages } = measure(dist);
  const kb = (b) => (b / 1024).toFixed(1);
  const withCritical = pages.filter((p) => p.page.endsWith('/')).map((p) => ({ ...p, type: pageType(p.page), critical: criticalPath(dist, p.page) }));
  const heaviest = [...withCritical].sort((a, b) => b.critical.criticalGz - a.critical.criticalGz).slice(0, 12);
  console.log(`Pages: ${pages.length}; largest page CSS ${kb(Math.max(...pages.map((p) => p.cssGz)))} KB gzipped (limit ${limits.pageCssKb} KB)`);
  console.log('\nHeaviest first round trips (HTML with inline CSS plus render-blocking files, gzipped KB) and JS per page:');
  console.log('| page | type | critical | limit | render-blocking requests | JS | island |\n|---|---|---:|---:|---:|---:|---|');
  for (const p of heaviest) console.log(`| ${p.page} | ${p.type[0]} | ${kb(p.critical.criticalGz)} | ${p.type[1].kb} | ${p.critical.blocking.length} | ${kb(p.jsGz)} | ${p.island ? 'yes' : 'no'} |`);
  const maxJsNoIsland = Math.max(0, ...pages.filter((p) => !p.island).map((p) => p.jsGz));
  const maxJsIsland = Math.max(0, ...pages.filter((p) => p.island).map((p) => p.jsGz));
  console.log(`\nMax JS without island: ${kb(maxJsNoIsland)} KB; max JS with island: ${kb(maxJsIsland)} KB`);
}

/**
 * The calendar's budgets (issue 15), which must hold however many dates the calendar has: every page
 * below the events section (events page, day views, month pages and their numbered pages, archive,
 * event and series pages) at most 14 KB of gzipped HTML; every data file the event finder loads at
 * most 30 KB gzipped (one request each). Also the sizes of the calendar feeds, which are bounded by
 * their window. tests/quality/calendar-budgets.test.ts enforces it; scripts/bench reports it.
 */
export const calendarLimits = { htmlKb: 14, finderRequestKb: 30 };

export function calendarBudgets(dist = 'dist') {
  const sections = [
    ['de', '/veranstaltungen/', '/veranstaltungen/daten/', '/veranstaltungen/kalender/'],
    ['en', '/en/events/', '/en/events/data/', '/en/events/calendar/'],
  ];
  const pages = [];
  const data = [];
  const feeds = [];
  for (const [lang, base, dataBase, feedBase] of sections) {
    const root = join(dist, base);
    if (!existsSync(root)) continue;
    for (const file of walk(root)) {
      const path = '/' + relative(dist, file).split('\\').join('/');
      if (path.endsWith('.html')) pages.push({ lang, page: path.replace(/index\.html$/, ''), htmlGz: gz(readFileSync(file)) });
      else if (path.startsWith(dataBase) && path.endsWith('.json')) data.push({ lang, file: path, gz: gz(readFileSync(file)) });
      else if (path.startsWith(feedBase) && path.endsWith('.ics')) feeds.push({ lang, file: path, bytes: statSync(file).size, gz: gz(readFileSync(file)) });
    }
  }
  const overPages = pages.filter((p) => p.htmlGz > calendarLimits.htmlKb * 1024);
  const overData = data.filter((d) => d.gz > calendarLimits.finderRequestKb * 1024);
  return { pages, data, feeds, overPages, overData };
}
