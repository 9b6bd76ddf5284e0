#!/usr/bin/env node
/**
 * Page-load benchmark: Lighthouse (mobile: simulated slow 4G, 4× CPU, the defaults of the `lighthouse`
 * package) against the built site served like production — Debian's nginx with the shipped config
 * (scripts/deploy/nginx.mjs), Brotli, the real headers — over one page of every page type, three runs
 * each, medians. Beside Lighthouse's figures it prints the deterministic ones from scripts/budgets.mjs
 * (critical bytes, render-blocking requests), which the budget tests enforce.
 *
 *   npm run bench:web                          dist/, nginx on port 8088, three runs per page
 *   npm run bench:web -- --runs 1 --only home  quick look at one page type
 *   npm run bench:web -- --dist .tmp/x         another build
 *   npm run bench:web -- --record "label"      also append the table to doc/benchmarks.md
 *
 * Lighthouse stays a benchmark, not a test: its simulation is fairly robust to a loaded machine (it
 * models the network and scales the CPU work it observed), but not immune, so every run records the
 * load average next to its figures. Raw results (every Lighthouse report and a summary) go to .tmp/bench-web/<date>/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { request } from 'node:http';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { criticalPath } from './budgets.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

const dist = option('dist', 'dist');
const port = Number(option('port', process.env.NGINX_PORT ?? 8088));
const runs = Number(option('runs', 3));
const only = option('only', '')
  .split(',')
  .filter(Boolean);
const record = option('record', null);

/** One page of each page type; the event and place are ones with artwork in their page head. */
export const pageTypes = [
  { type: 'home (de)', path: '/' },
  { type: 'home (en)', path: '/en/' },
  { type: 'place', path: '/erleben/orte/zeche-zollern/' },
  { type: 'event', path: '/veranstaltungen/extraschicht-2026/' },
  { type: 'events', path: '/veranstaltungen/' },
  { type: 'figures', path: '/wirtschaft/zahlen/' },
  { type: 'search', path: '/suche/' },
  { type: 'map', path: '/erleben/karte/' },
  { type: 'newsroom', path: '/aktuelles/' },
];

const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function get(url) {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function startNginx() {
  const child = spawn(process.execPath, ['scripts/deploy/nginx.mjs', '--port', String(port), '--dist', dist], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if ((await get(`http://127.0.0.1:${port}/`)) === 200) return child;
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not answer on port ${port}`);
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The figures of one Lighthouse run that the table shows. */
function figures(lhr) {
  const a = lhr.audits;
  const lcpNode = (a['lcp-breakdown-insight']?.details?.items ?? []).find((i) => i.type === 'node');
  const blocking = a['render-blocking-insight']?.details?.items ?? a['render-blocking-resources']?.details?.items ?? [];
  return {
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    bytes: a['total-byte-weight'].numericValue,
    requests: a['network-requests']?.details?.items?.length ?? 0,
    lcpElement: lcpNode ? `${(lcpNode.snippet ?? '').match(/^<[\w-]+/)?.[0].slice(1) ?? ''}: ${(lcpNode.nodeLabel ?? '').slice(0, 40)}` : '',
    renderBlocking: blocking.filter((i) => i.url).map((i) => new URL(i.url).pathname),
    score: lhr.categories.performance.score,
  };
}

async function main() {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ has no index.html: run \`npm run build\` first`);
  const types = only.length ? pageTypes.filter((p) => only.some((o) => p.type === o || p.type.split(' ')[0] === o)) : pageTypes;
  for (const p of types) if (!existsSync(`${dist}${p.path}index.html`)) throw new Error(`${dist}${p.path}index.html is missing: choose another page for "${p.type}" in scripts/bench-web.mjs`);
  const startLoad = loadavg();
  const started = new Date();
  const nginx = await startNginx();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags });
  const results = [];
  const rawDir = `.tmp/bench-web/${started.toISOString().replace(/[:.]/g, '-')}`;
  mkdirSync(rawDir, { recursive: true });
  try {
    for (const p of types) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        // A trace that Chrome failed to record (NO_NAVSTART and the like, more often on a loaded
        // machine) is repeated, up to three times.
        let lhr;
        for (let attempt = 1; ; attempt++) {
          ({ lhr } = await lighthouse(`http://127.0.0.1:${port}${p.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }));
          if (!lhr.runtimeError) break;
          if (attempt === 3) throw new Error(`${p.path}: ${lhr.runtimeError.message}`);
          console.error(`${p.type} run ${i + 1}: ${lhr.runtimeError.code}, repeating`);
        }
        writeFileSync(`${rawDir}/${p.type.replace(/\W+/g, '-')}-${i + 1}.json`, JSON.stringify(lhr));
        const f = figures(lhr);
        samples.push(f);
        console.error(`${p.type} run ${i + 1}: LCP ${Math.round(f.lcp)} ms, FCP ${Math.round(f.fcp)} ms, CLS ${f.cls.toFixed(3)}, TBT ${Math.round(f.tbt)} ms, ${(f.bytes / 1024).toFixed(1)} KB; LCP element: ${f.lcpElement}`);
      }
      const crit = criticalPath(dist, p.path);
      results.push({
        ...p,
        samples,
        lcp: median(samples.map((s) => s.lcp)),
        lcpMax: Math.max(...samples.map((s) => s.lcp)),
        fcp: median(samples.map((s) => s.fcp)),
        cls: median(samples.map((s) => s.cls)),
        tbt: median(samples.map((s) => s.tbt)),
        bytes: median(samples.map((s) => s.bytes)),
        lcpElement: samples[0].lcpElement,
        criticalBytes: crit.criticalGz,
        blockingRequests: crit.blocking.length,
      });
    }
  } finally {
    await chrome.kill();
    nginx.kill('SIGTERM');
  }
  const endLoad = loadavg();
  const kb = (b) => (b / 1024).toFixed(1);
  const head = `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${runs} run(s) per page, load average ${startLoad[0].toFixed(1)} at the start and ${endLoad[0].toFixed(1)} at the end`;
  const lines = [
    '| page type | page | LCP (median) | LCP (max) | FCP | CLS | TBT | transferred | critical bytes (gzip) | render-blocking requests | LCP element |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.type} | \`${r.path}\` | ${(r.lcp / 1000).toFixed(2)} s | ${(r.lcpMax / 1000).toFixed(2)} s | ${(r.fcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ${kb(r.bytes)} KB | ${kb(r.criticalBytes)} KB | ${r.blockingRequests} | ${r.lcpElement.replace(/\|/g, '\\|')} |`,
    ),
  ];
  const lcps = results.map((r) => r.lcp);
  const summary = `LCP median over the page types ${(median(lcps) / 1000).toFixed(2)} s, highest page median ${(Math.max(...lcps) / 1000).toFixed(2)} s, highest single run ${(Math.max(...results.map((r) => r.lcpMax)) / 1000).toFixed(2)} s.`;
  console.log(`\n${head}\n\n${lines.join('\n')}\n\n${summary}`);
  const file = `${rawDir}/summary.json`;
  writeFileSync(file, JSON.stringify({ started, startLoad, endLoad, runs, results }, null, 2));
  console.log(`\nRaw results: ${file}`);
  if (record) {
    const doc = 'doc/benchmarks.md';
    const heading = '## Page load (Lighthouse, `npm run bench:web`)';
    let text = readFileSync(doc, 'utf8');
    if (!text.includes(heading)) text += `\n${heading}\n`;
    text = text.trimEnd() + `\n\n### ${record} (${head})\n\n${lines.join('\n')}\n\n${summary}\n`;
    writeFileSync(doc, text);
    console.log(`Appended to ${doc}.`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
