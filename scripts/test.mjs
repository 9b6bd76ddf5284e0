#!/usr/bin/env node
/**
 * `npm test`: the whole suite, one stage after the other, stopping at the first that fails, and the
 * wall-clock time of each stage at the end (doc/benchmarks.md, "Test suite timing").
 *
 * The stages stay sequential on purpose: `astro check`, the unit tests (which start failing builds)
 * and the build all write Astro's generated types in .astro/, so running them side by side could
 * let one read a file the other is writing.
 */
import { spawnSync } from 'node:child_process';

const stages = ['system-check', 'check', 'test:unit', 'build', 'test:quality', 'test:e2e', 'test:calendar', 'test:admin', 'test:nginx'];

const started = Date.now();
const times = [];
let failed = null;
for (const script of stages) {
  const begun = Date.now();
  const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  times.push([script, (Date.now() - begun) / 1000]);
  if (run.status !== 0) {
    failed = script;
    break;
  }
}
const total = (Date.now() - started) / 1000;
console.log('\nTest suite timing (wall clock):');
for (const [script, seconds] of times) console.log(`  ${script.padEnd(14)} ${seconds.toFixed(1).padStart(7)} s${script === failed ? '  FAILED' : ''}`);
console.log(`  ${'total'.padEnd(14)} ${total.toFixed(1).padStart(7)} s (${(total / 60).toFixed(1)} min)${failed ? `; stopped after ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
