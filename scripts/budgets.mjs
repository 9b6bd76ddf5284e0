#!/usr/bin/env node
/**
 * Size budgets over the built site (dist/): gzipped HTML per page, all CSS together, and the
 * JavaScript files each page loads (module scripts, their static imports, islands and Pagefind's
 * loader). Inline scripts are part of the HTML and count towards the HTML budget.
 * `npm run budgets` prints a table of the heaviest pages; tests/e2e/budgets.spec.ts enforces it.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const limits = {
  htmlKb: 14,
  cssKb: 15,
  jsWithoutIslandKb: 2,
  jsSearchKb: 20,
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

export function measure(dist = 'dist') {
  const all = walk(dist);
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const html = readFileSync(f);
      const js = jsOfPage(dist, html.toString());
      return { page: '/' + relative(dist, f).replace(/index\.html$/, ''), htmlGz: gz(html), jsGz: js.bytes, island: js.island };
    });
  // All the site's CSS compressed together, as the budget says; Leaflet's stylesheet is loaded only
  // after a visitor asks for the OpenStreetMap map and is reported apart.
  const cssFiles = all.filter((f) => f.endsWith('.css') && !f.includes('/pagefind/') && !/\/leaflet\.[^/]*\.css$/.test(f));
  const cssGz = gz(Buffer.concat(cssFiles.map((f) => readFileSync(f))));
  return { pages, cssGz, cssFiles: cssFiles.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, cssGz, cssFiles } = measure(process.argv[2] ?? 'dist');
  const kb = (b) => (b / 1024).toFixed(1);
  const heaviest = [...pages].sort((a, b) => b.htmlGz - a.htmlGz).slice(0, 10);
  console.log(`Pages: ${pages.length}; CSS: ${cssFiles} file(s), ${kb(cssGz)} KB gzipped (limit ${limits.cssKb} KB)`);
  console.log('\nHeaviest HTML (gzipped KB, limit 14) and JS per page (gzipped KB):');
  console.log('| page | HTML | JS | island |\n|---|---:|---:|---|');
  for (const p of heaviest) console.log(`| ${p.page} | ${kb(p.htmlGz)} | ${kb(p.jsGz)} | ${p.island ? 'yes' : 'no'} |`);
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
