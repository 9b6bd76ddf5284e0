#!/usr/bin/env node
/**
 * `npm test`: the whole suite, one stage after the other, stopping at the first that fails, and the
 * wall-clock time of each stage at the end (doc/benchmarks.md, "Test suite timing").
 *
 * The stages stay sequential on purpose: `astro check`, the unit tests (which start failing builds)
 * and the build all write Astro's generated types in .astro/, so running them side by side could
 * let one read a file the other is writing. Two builds in the project folder must not overlap either:
 * Astro writes the image imports of the content it read to .astro/content-assets.mjs, so a build of
 * other content (the calendar fixture, the import test) running at the same time can hand the other
 * one the wrong imports ("LocalImageUsedWrongly"). The site is built before the unit tests: its
 * build processes the artwork into the image cache that the test builds share (scripts/build.mjs).
 * The one pair that runs side by side is the quality gates (which only read dist/) and the calendar
 * suite's fixture site (the same sources for a pinned date, with its own output and cache folders).
 */
import { spawn } from 'node:child_process';

/** Each stage is one npm script, or several that run at the same time. */
const stages = [['system-check'], ['check'], ['build'], ['test:unit'], ['test:quality', 'build:calendar-fixture'], ['test:e2e'], ['test:calendar'], ['test:admin'], ['test:nginx']];

const run = (script) => new Promise((done) => spawn('npm', ['run', script], { stdio: 'inherit' }).on('exit', (code) => done(code ?? 1)));

const started = Date.now();
const times = [];
let failed = null;
for (const scripts of stages) {
  const begun = Date.now();
  const codes = await Promise.all(scripts.map(run));
  const name = scripts.join(' + ');
  times.push([name, (Date.now() - begun) / 1000]);
  if (codes.some((c) => c !== 0)) {
    failed = name;
    break;
  }
}
const total = (Date.now() - started) / 1000;
console.log('\nTest suite timing (wall clock):');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s${name === failed ? '  FAILED' : ''}`);
console.log(`  ${'total'.padEnd(36)} ${total.toFixed(1).padStart(7)} s (${(total / 60).toFixed(1)} min)${failed ? `; stopped after ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
