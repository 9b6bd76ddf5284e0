#!/usr/bin/env node
/**
 * Production build: Astro, then Pagefind over the result. The site is built into a fresh dist/ and
 * any failure removes dist/ again, so a broken build never leaves a partial site that looks good.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { transform } from 'esbuild';
import { fixAstroSite } from './deploy/astroHtml.mjs';

const dist = process.env.OUT_DIR ?? 'dist';

function run(cmd, args, env = process.env) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    console.error(`\nBuild failed in "${cmd} ${args.join(' ')}" (exit ${result.status ?? result.signal}). ${dist}/ was removed; fix the error above and build again.`);
    process.exit(1);
  }
  return (Date.now() - started) / 1000;
}

rmSync(dist, { recursive: true, force: true });

// Astro keeps parsed content in its cache and does not notice when a schema imported by
// src/content.config.ts changes; a stale store would hand pages data without the new fields or
// defaults. A fingerprint of the schema files next to the store drops it when they change.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';
const schemaFiles = ['src/content.config.ts', 'src/i18n/languages.ts', ...readdirSync('src/schemas').sort().map((f) => join('src/schemas', f))];
const fingerprint = createHash('sha256');
for (const f of schemaFiles) fingerprint.update(f).update(readFileSync(f));
const schemaHash = fingerprint.digest('hex');
const hashFile = join(cacheDir, 'schemas.sha256');
if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== schemaHash) {
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(hashFile, schemaHash);
}
// Builds with their own cache folder (the test fixtures: a pinned date, other content) share the
// processed images of the ordinary build: an image's cache entry depends only on the source image and
// the transform, and processing the artwork anew took each such build about 40 s on a fresh machine.
const sharedImages = 'node_modules/.astro/assets';
if (process.env.ASTRO_CACHE_DIR && resolve(cacheDir) !== resolve('node_modules/.astro')) {
  mkdirSync(sharedImages, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const own = join(cacheDir, 'assets');
  if (!existsSync(own)) {
    rmSync(own, { force: true });
    symlinkSync(resolve(sharedImages), own, 'dir');
  }
}
// A larger young generation for the Astro step: a build allocates many short-lived strings per page,
// and with V8's default 16 MB semi-space it spent a tenth of its time in garbage collection and page
// faults. 64 MB took the 10,000-page build's system time from 18 to 9 s (doc/benchmarks.md).
const astroSeconds = run('astro', ['build'], { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim() });
// Astro's island <style> into <head> and a valid refresh value on its redirect pages (scripts/deploy/astroHtml.mjs).
try {
  fixAstroSite(dist);
} catch (error) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`Correcting Astro's HTML failed: ${error.message}. ${dist}/ was removed.`);
  process.exit(1);
}
const pagefindSeconds = run('pagefind', ['--site', dist]);

// Pagefind ships its loader readable; minifying it takes it from about 13 to 11 KB gzipped, which
// keeps the search page within its JavaScript budget. esbuild only renames and strips; behaviour is
// covered by the search tests.
try {
  const loader = `${dist}/pagefind/pagefind.js`;
  const { code } = await transform(readFileSync(loader, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(loader, code);
} catch (error) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`Minifying the Pagefind loader failed: ${error.message}. ${dist}/ was removed.`);
  process.exit(1);
}
// The web editor at /admin/ (doc/editing.md): after Pagefind, so the search index never sees it, and
// before the deploy files, which give it its own CSP and compress it.
const adminSeconds = run('node', ['scripts/admin/build.mjs', dist]);
// Deploy files (CSP hashes of the final HTML, _headers, _redirects, nginx includes), then .br/.gz copies (doc/deploy.md).
const deploySeconds = run('node', ['scripts/deploy/postbuild.mjs', dist]);
console.log(
  `\nBuilt in ${astroSeconds.toFixed(1)} s (Astro) + ${pagefindSeconds.toFixed(1)} s (Pagefind) + ${adminSeconds.toFixed(1)} s (editor) + ${deploySeconds.toFixed(1)} s (deploy files).`,
);
