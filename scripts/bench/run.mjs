#!/usr/bin/env node
/**
 * Scale benchmark: builds the portal with 1,000, 5,000 and 10,000 generated entries (places, news and
 * events in both languages, on top of the real content) and, for each size, the same generated
 * Markdown with a bare Astro project as the framework's floor. Prints build seconds, peak memory,
 * milliseconds per page, file count, search-index size, the ratio to the floor, the time of each build
 * phase and the slowest pages. Nothing is written to content/, dist/ or the portal's caches: everything
 * happens in a temporary folder (see projects.mjs), which is removed at the end.
 *
 *   npm run bench                                  1,000, 5,000 and 10,000
 *   npm run bench -- --sizes 1000,2000 --keep      other sizes; keep the temporary folder
 *   npm run bench -- --no-bare --no-real           skip the bare floor / the real-content baseline
 *   npm run bench -- --calendar 5000 --sizes none  a city's calendar: 5,000 upcoming dates from 1,500
 *                                                  events and series (--calendar-entries), on top of the
 *                                                  real content (generate.mjs, generateCalendar)
 *   --port 8091                                    where calendar.mjs serves each build for the browser
 *
 * After every portal build, calendar.mjs measures the calendar's figures of the result (issue 15):
 * gzipped HTML of the calendar pages and of every page, bytes per finder request, feed sizes and the
 * time a filter change takes in Chromium with the CPU slowed down four times.
 *
 * Results: printed as Markdown, and saved with the full build logs in .tmp/bench/ (for profiling).
 * Targets (issue 10): 10,000 pages in at most 3 minutes on 2 cores, at most 4 GB peak memory, at most
 * 1.5 × the bare Astro floor per page. doc/benchmarks.md has the measured numbers and their analysis.
 */
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCalendar, generateContent } from './generate.mjs';
import { calendarFigures, calendarReport } from './calendar.mjs';
import { folderStats, measuredRun } from './measure.mjs';
import { clearContentStore, prepareBare, preparePortal } from './projects.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizesOption = option('sizes', '1000,5000,10000');
const sizes = sizesOption === 'none' ? [] : sizesOption.split(',').map(Number);
const calendarDates = Number(option('calendar', '0'));
const calendarEntries = Number(option('calendar-entries', '1500'));
const port = Number(option('port', '8091'));
const keep = args.includes('--keep');
const withBare = !args.includes('--no-bare');
const withReal = !args.includes('--no-real');
const timeLimit = Number(option('time-limit', '900'));

export const targets = { seconds10k: 180, peakBytes: 4 * 1024 ** 3, floorRatio: 1.5 };

const root = resolve('.');
const work = join(tmpdir(), `dortmund-bench-${process.pid}`);
const portal = join(work, 'portal');
const bare = join(work, 'bare');
const results = join(root, '.tmp/bench');
mkdirSync(results, { recursive: true });

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: (totalmem() / 1024 ** 3).toFixed(1),
  node: process.version,
  astro: version('astro'),
  pagefind: version('pagefind'),
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  // Other work on the machine distorts the timings; the load before the run says how much there was.
  loadBefore: loadavg()[0].toFixed(2),
};
const gb = (b) => (b === undefined ? '–' : `${(b / 1024 ** 3).toFixed(2)} GB`);
const mb = (b) => `${(b / 1024 ** 2).toFixed(1)} MB`;
const s = (x) => `${x.toFixed(1)} s`;
const stepText = (steps) => Object.entries(steps).map(([name, sec]) => `${sec.toFixed(1)} s ${name}`).join(' + ');

const env = (contentDir, outDir, cwd) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  OUT_DIR: outDir,
  BUILD_TIME: '2026-11-26T12:00:00Z',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH}`,
});

async function buildPortal(label, contentDir) {
  // Inside the project: Astro runs its prerender chunks from the output folder and resolves packages from there.
  const outDir = join(portal, `out-${label}`);
  clearContentStore(portal);
  console.log(`\n▸ portal, ${label}: building…`);
  const run = await measuredRun(process.execPath, ['scripts/build.mjs'], { cwd: portal, env: env(contentDir, outDir, portal), timeLimitSeconds: timeLimit });
  writeFileSync(join(results, `portal-${label}.log`), run.log);
  if (!run.ok) {
    console.log(`  failed (exit ${run.code ?? run.signal}) after ${s(run.seconds)}; log: .tmp/bench/portal-${label}.log`);
    console.log(run.log.split('\n').slice(-15).join('\n'));
    return { label, ok: false, seconds: run.seconds, peakTreeRss: run.peakTreeRss, peakProcessRss: run.peakProcessRss, phases: run.phases };
  }
  const stats = folderStats(outDir, 'pagefind');
  // Steps as scripts/build.mjs reports them (Astro, Pagefind, and whatever it runs after).
  const steps = Object.keys(run.steps).length ? run.steps : { Astro: run.seconds };
  const groups = new Map();
  for (const [path, ms] of run.routes) {
    const group = path.replace(/\/[^/]+\/index\.html$/, '/*/').replace(/\/[^/]+\.ics$/, '/*.ics');
    const g = groups.get(group) ?? { group, pages: 0, ms: 0 };
    g.pages++;
    g.ms += ms;
    groups.set(group, g);
  }
  const result = {
    label,
    ok: true,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    steps,
    astroSeconds: steps.Astro ?? run.seconds,
    peakTreeRss: run.peakTreeRss,
    peakProcessRss: run.peakProcessRss,
    pages: stats.pages,
    files: stats.files,
    bytes: stats.bytes,
    indexBytes: stats.subBytes,
    indexFiles: stats.subFiles,
    largest: stats.largest,
    phases: run.phases,
    slowest: [...run.routes].sort((a, b) => b[1] - a[1]).slice(0, 5),
    groups: [...groups.values()].sort((a, b) => b.ms - a.ms).slice(0, 6),
    calendar: await calendarFigures(outDir, { port }),
  };
  console.log(
    `  ${s(result.seconds)} (${stepText(steps)}), ${result.pages} pages, ` +
      `${((result.seconds * 1000) / result.pages).toFixed(1)} ms/page, CPU ${result.cpuSeconds === undefined ? '–' : s(result.cpuSeconds)}, peak ${gb(result.peakTreeRss)}`,
  );
  console.log(calendarReport('  calendar', result.calendar));
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  return result;
}

async function buildBare(label, contentDir) {
  const outDir = join(bare, 'dist');
  prepareBare(root, bare, contentDir);
  console.log(`▸ bare Astro, ${label}: building…`);
  const run = await measuredRun('astro', ['build'], { cwd: bare, env: env(contentDir, outDir, bare), timeLimitSeconds: timeLimit });
  writeFileSync(join(results, `bare-${label}.log`), run.log);
  if (!run.ok) {
    console.log(`  failed (exit ${run.code ?? run.signal}); log: .tmp/bench/bare-${label}.log`);
    console.log(run.log.split('\n').slice(-15).join('\n'));
    return { label, ok: false };
  }
  const stats = folderStats(outDir, '_astro');
  console.log(`  ${s(run.seconds)}, ${stats.pages} pages, ${((run.seconds * 1000) / stats.pages).toFixed(1)} ms/page, CPU ${run.cpuSeconds === undefined ? '–' : s(run.cpuSeconds)}, peak ${gb(run.peakTreeRss)}`);
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  return { label, ok: true, seconds: run.seconds, cpuSeconds: run.cpuSeconds, pages: stats.pages, peakTreeRss: run.peakTreeRss, phases: run.phases };
}

console.log(`Scale benchmark on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}`);
console.log(`Working folder: ${work}`);
preparePortal(root, portal);
const runs = [];
try {
  if (withReal) {
    // The real content alone, with a cold image cache (as on a fresh CI machine): the fixed cost.
    // It fills the snapshot's image cache, so the generated sizes after it measure pages, not images.
    runs.push({ size: 0, portal: await buildPortal('real', join(portal, 'content')) });
  } else if (existsSync(join(root, 'node_modules/.astro/assets'))) {
    // Without that build, start from a copy of the working copy's image cache instead.
    cpSync(join(root, 'node_modules/.astro/assets'), join(portal, 'node_modules/.astro/assets'), { recursive: true });
  }
  if (calendarDates) {
    const contentDir = join(portal, `content-calendar-${calendarDates}`);
    const generated = generateCalendar(contentDir, { entries: calendarEntries, occurrences: calendarDates, buildTime: env('', '', portal).BUILD_TIME }, join(root, 'content'));
    console.log(`\nCalendar: ${generated.entries} events and series (${generated.series} series, ${generated.singles} single events) with ${generated.occurrences} upcoming dates, each in both languages`);
    runs.push({ size: `calendar ${calendarDates}`, portal: await buildPortal(`calendar-${calendarDates}`, contentDir) });
    if (!keep) rmSync(contentDir, { recursive: true, force: true });
  }
  for (const size of sizes) {
    // Content must sit beside src/ so that the entries' image paths (../../../src/assets/…) resolve.
    const contentDir = join(portal, `content-${size}`);
    const generated = generateContent(contentDir, size, join(root, 'content'));
    console.log(`\n${size} generated entries: ${generated.places} places, ${generated.news} news, ${generated.events} events (both languages)`);
    const portalRun = await buildPortal(String(size), contentDir);
    const bareRun = withBare ? await buildBare(String(size), contentDir) : undefined;
    runs.push({ size, portal: portalRun, bare: bareRun });
    if (!keep) rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

// ---- report -------------------------------------------------------------------------------------

const lines = [];
const msPerPage = (r) => (r.seconds * 1000) / r.pages;
lines.push(
  `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB memory, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; ${machine.date} UTC; load average before ${machine.loadBefore}, after ${loadavg()[0].toFixed(2)}`,
  '',
  '| generated entries | pages | build, wall (steps) | CPU time | peak memory (tree / largest process) | ms per page | files | search index | bare Astro: pages, wall, ms/page, CPU | ratio to floor per page: Astro step, wall / whole build, wall / whole build, CPU |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
const cpu = (x) => (x === undefined ? '–' : s(x));
for (const { size, portal: p, bare: b } of runs) {
  if (!p.ok) {
    lines.push(`| ${size || 'real only'} | – | failed after ${s(p.seconds)} | – | ${gb(p.peakTreeRss)} / ${gb(p.peakProcessRss)} | – | – | – | – | – |`);
    continue;
  }
  const floor = b?.ok ? `${b.pages}, ${s(b.seconds)}, ${msPerPage(b).toFixed(1)}, ${cpu(b.cpuSeconds)}` : '–';
  const cpuRatio = b?.ok && p.cpuSeconds && b.cpuSeconds ? (p.cpuSeconds / p.pages / (b.cpuSeconds / b.pages)).toFixed(2) : '–';
  const ratio = b?.ok ? `${((p.astroSeconds * 1000) / p.pages / msPerPage(b)).toFixed(2)} / ${(msPerPage(p) / msPerPage(b)).toFixed(2)} / ${cpuRatio}` : '–';
  lines.push(
    `| ${size || 'real only'} | ${p.pages} | ${s(p.seconds)} (${stepText(p.steps)}) | ${cpu(p.cpuSeconds)} | ${gb(p.peakTreeRss)} / ${gb(p.peakProcessRss)} | ${msPerPage(p).toFixed(1)} | ${p.files} | ${mb(p.indexBytes)} (${p.indexFiles} files) | ${floor} | ${ratio} |`,
  );
}
lines.push('', 'Phases of the portal build (seconds):', '');
const phaseNames = [...new Set(runs.flatMap((r) => r.portal.phases.map((p) => p.name)))];
lines.push(`| phase | ${runs.map((r) => r.size || 'real only').join(' | ')} |`, `|---|${runs.map(() => '---:').join('|')}|`);
for (const name of phaseNames) {
  lines.push(`| ${name} | ${runs.map((r) => r.portal.phases.find((p) => p.name === name)?.seconds.toFixed(1) ?? '–').join(' | ')} |`);
}
const bareRuns = runs.filter((r) => r.bare?.ok);
if (bareRuns.length) {
  lines.push('', 'Phases of the bare Astro build (seconds):', '');
  const bareNames = [...new Set(bareRuns.flatMap((r) => r.bare.phases.map((p) => p.name)))];
  lines.push(`| phase | ${bareRuns.map((r) => r.size).join(' | ')} |`, `|---|${bareRuns.map(() => '---:').join('|')}|`);
  for (const name of bareNames) {
    lines.push(`| ${name} | ${bareRuns.map((r) => r.bare.phases.find((p) => p.name === name)?.seconds.toFixed(1) ?? '–').join(' | ')} |`);
  }
}
for (const { size, portal: p } of runs) {
  if (!p.ok) continue;
  lines.push(
    '',
    `${size || 'real only'}: slowest pages ${p.slowest.map(([path, ms]) => `${path} ${Math.round(ms)} ms`).join(', ')}`,
    `  render time by route: ${p.groups.map((g) => `${g.group} ${(g.ms / 1000).toFixed(1)} s for ${g.pages}`).join('; ')}`,
    `  largest HTML: ${p.largest.map(([path, bytes]) => `${path} ${mb(bytes)}`).join(', ')}`,
    calendarReport('  calendar', p.calendar),
  );
}
const last = runs.filter((r) => r.portal.ok && typeof r.size === 'number' && r.size).at(-1);
if (last) {
  const ratio = last.bare?.ok ? (last.portal.astroSeconds * 1000) / last.portal.pages / msPerPage(last.bare) : undefined;
  lines.push(
    '',
    `Targets (they apply at 10,000) at ${last.size}: build ${s(last.portal.seconds)} (target ≤ ${targets.seconds10k} s at 10,000: ${last.portal.seconds <= targets.seconds10k ? 'met' : 'missed'}), ` +
      `peak ${gb(last.portal.peakTreeRss)} (≤ 4 GB: ${last.portal.peakTreeRss <= targets.peakBytes ? 'met' : 'missed'}), ` +
      `ratio to the floor ${ratio?.toFixed(2) ?? '–'} (≤ ${targets.floorRatio}: ${ratio === undefined ? '–' : ratio <= targets.floorRatio ? 'met' : 'missed'})`,
  );
}
const report = lines.join('\n');
console.log(`\n${report}`);
writeFileSync(join(results, 'results.md'), `${report}\n`);
writeFileSync(join(results, 'results.json'), JSON.stringify({ machine, runs }, null, 2));
console.log('\nSaved: .tmp/bench/results.md, results.json and the build logs in .tmp/bench/');
