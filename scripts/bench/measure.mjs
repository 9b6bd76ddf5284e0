/**
 * Running one build and measuring it: wall time, peak memory and the time of each phase.
 *
 * - Peak memory is measured twice: by sampling the resident memory (RSS) of the whole process tree
 *   every 200 ms from /proc (what the machine must have), and by GNU time's "Maximum resident set size"
 *   where /usr/bin/time is installed (the largest single process, exact but blind to the sum).
 * - Phases come from the build's own log: every line is timestamped on arrival, and the lines Astro and
 *   Pagefind print at the start of each phase mark the boundaries (content sync, type generation, Vite
 *   bundling, page rendering, image processing, sitemap, Pagefind). Astro also prints each page with
 *   its render time, which gives the slowest pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pageSize = 4096;

/** RSS in bytes of a process and all its descendants. */
function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const pages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      const pid = Number(name);
      rss.set(pid, pages * pageSize);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(pid);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Phase boundaries, in the order the build prints them: the first log line matching each pattern,
 * after the previous boundary, starts that phase.
 */
const phaseMarkers = [
  ['content sync', /\[content\] Syncing content/],
  ['types, build setup', /\[content\] Synced content/],
  ['Vite bundling', /Building static entrypoints/],
  ['page rendering', /generating static routes/],
  ['image processing', /generating optimized images/],
  ['sitemap, finishing', /✓ Completed in/],
  ['Pagefind', /Running Pagefind/],
  ['after Pagefind (loader minify, deploy files)', /^Finished in [\d.]+ seconds/],
];

/**
 * Runs `cmd args` in `cwd` with `env`, returns { ok, seconds, cpuSeconds, peakTreeRss, peakProcessRss,
 * phases, steps, routes, log }. `routes` are [path, ms] for every page Astro reports.
 */
export function measuredRun(cmd, args, { cwd, env, timeLimitSeconds = 1200 }) {
  return new Promise((resolve) => {
    const useTime = existsSync('/usr/bin/time');
    const child = useTime
      ? spawn('/usr/bin/time', ['-v', cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const started = performance.now();
    const lines = [];
    let peakTreeRss = 0;
    const sample = () => {
      try {
        peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid));
      } catch {
        /* /proc not readable */
      }
    };
    const sampler = setInterval(sample, 200);
    const killer = setTimeout(() => child.kill('SIGTERM'), timeLimitSeconds * 1000);
    let stderr = '';
    const onData = (stream) => {
      let rest = '';
      stream.on('data', (chunk) => {
        const at = (performance.now() - started) / 1000;
        const parts = (rest + chunk.toString()).split('\n');
        rest = parts.pop();
        for (const line of parts) lines.push({ at, line: line.replace(/\u001b\[[0-9;]*m/g, '') });
      });
      stream.on('end', () => rest && lines.push({ at: (performance.now() - started) / 1000, line: rest }));
    };
    onData(child.stdout);
    child.stderr.on('data', (c) => (stderr += c.toString()));
    onData(child.stderr);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      // CPU time of the build and its children: less sensitive than wall time to other work on the machine.
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        ok: code === 0,
        code,
        signal,
        seconds,
        peakTreeRss,
        peakProcessRss: maxRss ? Number(maxRss[1]) * 1024 : undefined,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
        phases: phases(lines, seconds),
        steps: steps(lines),
        routes: routes(lines),
        log: lines.map((l) => `${l.at.toFixed(2).padStart(8)}  ${l.line}`).join('\n'),
      });
    });
  });
}

/** Seconds per phase from the timestamped log. */
function phases(lines, total) {
  const starts = [{ name: 'startup (config, Vite)', at: 0 }];
  let from = 0;
  for (const [name, pattern] of phaseMarkers) {
    const index = lines.findIndex((l, i) => i >= from && pattern.test(l.line));
    if (index < 0) continue;
    starts.push({ name, at: lines[index].at });
    from = index + 1;
  }
  return starts.map((s, i) => ({ name: s.name, seconds: (starts[i + 1]?.at ?? total) - s.at }));
}

/**
 * The steps scripts/build.mjs reports in its last line, e.g. "Built in 71.5 s (Astro) + 7.7 s
 * (Pagefind) + 133.7 s (deploy files)." → { Astro: 71.5, Pagefind: 7.7, 'deploy files': 133.7 }.
 */
function steps(lines) {
  const line = lines.findLast((l) => /^Built in /.test(l.line))?.line ?? '';
  return Object.fromEntries([...line.matchAll(/([\d.]+) s \(([^)]+)\)/g)].map((m) => [m[2], Number(m[1])]));
}

/** Pages and their render times from Astro's "├─ /path/index.html (+12ms)" lines. */
function routes(lines) {
  const out = [];
  for (const { line } of lines) {
    const m = /[├└]─ (\/\S*)\s.*\(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(line);
    if (m) out.push([m[1], Number(m[2]) * (m[3] === 's' ? 1000 : 1)]);
  }
  return out;
}

/** Files below a folder, their total size, and the size of a subfolder. */
export function folderStats(dir, sub) {
  let files = 0;
  let bytes = 0;
  let subBytes = 0;
  let subFiles = 0;
  const html = [];
  const walk = (d, inSub) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p, inSub || (d === dir && name === sub));
      else {
        files++;
        bytes += s.size;
        // The search index as Pagefind wrote it, without the deploy step's Brotli copies.
        if (inSub && !/\.(br|gz)$/.test(name)) {
          subBytes += s.size;
          subFiles++;
        }
        if (name.endsWith('.html')) html.push([p.slice(dir.length), s.size]);
      }
    }
  };
  walk(dir, false);
  html.sort((a, b) => b[1] - a[1]);
  return { files, bytes, subBytes, subFiles, pages: html.length, largest: html.slice(0, 3) };
}
