#!/usr/bin/env node
/**
 * How the build copes with a large calendar: copies the real content to a temporary folder, adds
 * N generated events (default 2,000, each in German and English, at real venues, spread over a year),
 * and times the production build against the same build of the real content. The generated events
 * are never shipped: they live only in the temporary folder.
 *
 *   npm run bench:events [-- 2000]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 2000);
const root = join(tmpdir(), `dortmund-bench-events-${process.pid}`);
const venues = readdirSync('content/places/de').map((f) => /^key: (.+)$/m.exec(readFileSync(`content/places/de/${f}`, 'utf8'))[1]);
const categories = ['festival', 'market', 'music', 'stage', 'exhibition', 'sport', 'trade-fair', 'family', 'guided-tour', 'night'];

function build(contentDir, outDir) {
  const started = Date.now();
  const result = spawnSync('node', ['scripts/build.mjs'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_TIME: '2026-11-26T12:00:00Z' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-2000), result.stderr.slice(-2000));
    throw new Error(`build of ${contentDir} failed`);
  }
  const pages = spawnSync('find', [outDir, '-name', 'index.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;
  return { seconds: (Date.now() - started) / 1000, pages };
}

rmSync(root, { recursive: true, force: true });
cpSync('content', join(root, 'content'), { recursive: true });
for (const lang of ['de', 'en']) mkdirSync(join(root, 'content/events', lang), { recursive: true });
for (let i = 0; i < count; i++) {
  const day = new Date(Date.UTC(2027, 0, 1 + (i % 360)));
  const date = day.toISOString().slice(0, 10);
  const hour = String(10 + (i % 11)).padStart(2, '0');
  const key = `bench-${i}`;
  const common = `key: ${key}
owner: redaktion-kultur
reviewed: 2026-11-26
start: "${date} ${hour}:00"
end: "${date} ${hour}:45"
venue: ${venues[i % venues.length]}
category: ${categories[i % categories.length]}
pillar: ${i % 2 ? 'culture' : 'events'}
price: { free: ${i % 3 === 0} }
organiser: { name: Benchmark }
sources:
  - title: Generated for the build benchmark
    url: https://example.org/bench/${i}`;
  writeFileSync(join(root, 'content/events/de', `${key}.md`), `---\n${common}\ntitle: Testveranstaltung ${i}\ndescription: Eine erzeugte Veranstaltung für den Build-Benchmark, nie veröffentlicht, mit genug Text für die Regeln.\n---\nErzeugter Text für den Benchmark.\n`);
  writeFileSync(join(root, 'content/events/en', `${key}-en.md`), `---\n${common}\ntitle: Test event ${i}\ndescription: A generated event for the build benchmark, never published, with enough text for the rules.\n---\nGenerated text for the benchmark.\n`);
}

const real = build('content', join(root, 'dist-real'));
const large = build(join(root, 'content'), join(root, 'dist-large'));
console.log(`| content | pages | build (Astro + Pagefind) | ms per page |`);
console.log(`|---|---:|---:|---:|`);
console.log(`| real | ${real.pages} | ${real.seconds.toFixed(1)} s | ${((real.seconds * 1000) / real.pages).toFixed(1)} |`);
console.log(`| real + ${count} generated events × 2 languages | ${large.pages} | ${large.seconds.toFixed(1)} s | ${((large.seconds * 1000) / large.pages).toFixed(1)} |`);
rmSync(root, { recursive: true, force: true });
