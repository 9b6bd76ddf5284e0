#!/usr/bin/env node
/**
 * Search measurement: for the real site and for a generated site of 10,000 pages, how big the German
 * search index is, how many bytes a visitor's browser transfers until the first results appear, and
 * how long that takes in headless Chromium. The site is served from disk through Playwright's request
 * routing (no server), with the sizes nginx would send: the build's Brotli files, else gzip for text.
 *
 *   npm run bench:search               real site (dist/, build first) and 10,000 generated pages
 *   npm run bench:search -- --real     real site only
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateContent } from './bench/generate.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

function dirBytes(dir, filter = () => true) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? dirBytes(path, filter) : filter(name) ? stat.size : 0;
  }
  return total;
}

/** The page and the accessible names the measurement uses, per language (src/i18n). */
const UI = {
  de: { search: '/suche/', content: '/impressum/', results: 'Suchergebnisse', field: 'Suchbegriff', quick: 'Schnellsuche' },
  en: { search: '/en/search/', content: '/en/imprint/', results: 'Search results', field: 'Search term', quick: 'Quick search' },
};

async function measure(dist, query, from = 'page', lang = 'de') {
  const ui = UI[lang];
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  let bytes = 0;
  let searching = false;
  let searchBytes = 0;
  const files = [];
  await page.route('http://portal.test/**', (route) => {
    const url = new URL(route.request().url());
    let file = join(dist, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const body = readFileSync(file);
    const ext = extname(file);
    // What nginx sends (deploy/nginx) to a browser that accepts Brotli: the precompressed Brotli file
    // where the build wrote one (for Pagefind's WebAssembly, page list and index chunks, their
    // unpacked bytes in Brotli), else gzip for text types; result fragments as Pagefind gzipped them.
    const sent = existsSync(`${file}.br`) ? statSync(`${file}.br`).size : compressible.has(ext) ? gzipSync(body).length : body.length;
    bytes += sent;
    if (searching) searchBytes += sent;
    files.push({ phase: searching ? 'query' : 'page', url: url.href, path: url.pathname.replace(/[0-9a-f]{8,}/g, '…'), sent });
    return route.fulfill({ status: 200, body, contentType: types[ext] ?? 'application/octet-stream' });
  });
  await page.goto(`http://portal.test${from === 'page' ? ui.search : ui.content}`, { waitUntil: 'networkidle' });
  const pageBytes = bytes;
  searching = true;
  // The moment the first result link is in the document, on the page's own clock; requests started
  // after it (the remaining result fragments, thumbnails, facet values) do not count.
  await page.evaluate((results) => {
    window.__searchStart = performance.now();
    new MutationObserver((_, observer) => {
      if (document.querySelector(`[aria-label="${results}"] a`)) {
        window.__firstResults = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, ui.results);
  if (from === 'page') {
    await page.getByRole('searchbox', { name: ui.field }).fill(query);
  } else {
    // The header search on any content page: the dialog, its island and Pagefind load on submit.
    const field = page.getByRole('search', { name: ui.quick }).getByRole('searchbox');
    await field.fill(query);
    await field.press('Enter');
  }
  await page.getByRole('list', { name: ui.results }).getByRole('link').first().waitFor();
  const timing = await page.evaluate(() => ({
    start: window.__searchStart,
    first: window.__firstResults,
    started: performance.getEntriesByType('resource').map((r) => [r.name, r.startTime]),
  }));
  const ms = Math.round(timing.first - timing.start);
  const before = new Set(timing.started.filter(([, t]) => t >= timing.start && t <= timing.first).map(([name]) => name));
  searchBytes = files.filter((f) => f.phase === 'query' && before.has(f.url)).reduce((sum, f) => sum + f.sent, 0);
  for (const f of files) if (f.phase === 'query' && !before.has(f.url)) f.phase = 'after';
  await browser.close();
  // Where the bytes go, biggest first, to see what to shrink.
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  for (const phase of ['page', 'query']) {
    const groups = new Map();
    for (const f of files.filter((x) => x.phase === phase)) {
      const key = f.path.replace(/\/(fragment|index|filter)\/[^/]*$/, '/$1/*');
      const g = groups.get(key) ?? { n: 0, sent: 0 };
      groups.set(key, { n: g.n + 1, sent: g.sent + f.sent });
    }
    const top = [...groups].sort((a, b) => b[1].sent - a[1].sent).slice(0, 8);
    console.log(`  ${lang} ${from}, ${phase === 'page' ? 'until idle' : 'first query until results'}: ${top.map(([k, g]) => `${k}${g.n > 1 ? ` ×${g.n}` : ''} ${kb(g.sent)}`).join(', ')}`);
  }
  return { pageBytes, searchBytes, total: pageBytes + searchBytes, ms };
}

function row(label, dist, pages, m, d) {
  const kb = (b) => (b / 1024).toFixed(1);
  // The index as Pagefind wrote it; the .br/.gz copies of the deploy step are not counted.
  const index = dirBytes(join(dist, 'pagefind'), (n) => /(^|_)de[_.]|wasm\.de|pagefind\.js$|pagefind-entry/.test(n) && !/\.(br|gz)$/.test(n));
  return `| ${label} | ${pages} | ${kb(index)} KB | ${kb(m.pageBytes)} KB | ${kb(m.searchBytes)} KB | ${kb(m.total)} KB | ${m.ms} ms | ${kb(d.searchBytes)} KB | ${d.ms} ms |`;
}

/**
 * The first query of a visit for several words: two of the generator's vocabulary, which occur on
 * thousands of generated pages (the largest index entries), and real names that occur on a few.
 */
const queries = ['Zeche', 'Konzert', 'Museum', 'Zollern', 'Phoenix'];
async function perQuery(label, dist) {
  const out = [];
  for (const q of queries) {
    const m = await measure(dist, q);
    out.push(`| ${label} | ${q} | ${(m.searchBytes / 1024).toFixed(1)} KB | ${m.ms} ms |`);
  }
  return out;
}
const queryLines = ['| site | first query | transfer until results | time |', '|---|---|---:|---:|'];

const countPages = (dist) => spawnSync('find', [dist, '-name', 'index.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;

const lines = [
  '| site | pages | German index (all files) | search page until idle | first query until results | total | time to first results | header search on a content page: transfer until results | time |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
if (!existsSync('dist/pagefind')) throw new Error('dist/ has no search index: run `npm run build` first');
lines.push(row('real', 'dist', countPages('dist'), await measure('dist', 'Zeche'), await measure('dist', 'Zeche', 'dialog')));
queryLines.push(...(await perQuery('real', 'dist')));
// The English search (its own index, WebAssembly and page list): the same query and real English words.
const enLines = ['| site | first English query | search page until idle | transfer until results | total | time |', '|---|---|---:|---:|---:|---:|'];
for (const q of ['Zeche', 'colliery', 'museum', 'football']) {
  const m = await measure('dist', q, 'page', 'en');
  enLines.push(`| real | ${q} | ${(m.pageBytes / 1024).toFixed(1)} KB | ${(m.searchBytes / 1024).toFixed(1)} KB | ${(m.total / 1024).toFixed(1)} KB | ${m.ms} ms |`);
}

if (!process.argv.includes('--real')) {
  // Inside the project: Astro runs its prerender chunks from the output folder and resolves packages from there.
  const root = join('.tmp', 'bench-search');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  // One level below the project, like content/: the generated entries point at ../../../src/assets/art/.
  const content = 'content-bench-search';
  rmSync(content, { recursive: true, force: true });
  generateContent(content, 10000);
  const out = join(root, 'dist');
  const buildStarted = Date.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache'), BUILD_TIME: '2026-11-26T12:00:00Z' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`generated build failed:\n${result.stderr.slice(-3000)}`);
  console.log(`generated build: ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);
  lines.push(row('generated', out, countPages(out), await measure(out, 'Zeche'), await measure(out, 'Zeche', 'dialog')));
  queryLines.push(...(await perQuery('generated', out)));
  rmSync(root, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}
console.log(`${lines.join('\n')}\n\n${queryLines.join('\n')}\n\n${enLines.join('\n')}`);
