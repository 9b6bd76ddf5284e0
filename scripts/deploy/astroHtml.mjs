/**
 * Corrections to HTML that Astro writes from fixed templates no option changes, so that every
 * file in dist/ passes the W3C Nu HTML checker (tests/quality/nu.test.ts). scripts/build.mjs runs
 * them right after `astro build`, before Pagefind, the CSP hashes and the .br/.gz copies.
 *
 * 1. Astro puts `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>` into
 *    <body> just before a page's first island (withastro/astro#10308). A <style> in <body> is only
 *    valid as the first child of its parent; the rule is global, so it moves to the end of <head>.
 * 2. Astro's redirect pages (astro.config.mjs `redirects`, scripts/deploy/astroRedirects.mjs) write
 *    `<meta http-equiv="refresh" content="0;url=…">`; a valid refresh value has a space after the
 *    semicolon (HTML, "valid … refresh": `0; url=…`). Browsers follow both.
 * 3. (Not a correction, a deferral: ADR 0011.) Astro writes a component's <script> as
 *    `<script type="module" src="/_astro/…js">`, which the browser fetches while it parses the page,
 *    before the first paint. It becomes an inert `<template data-module="/_astro/…js">`, and the
 *    inline loader of every page (src/lib/lateLoad.ts) imports it once the page has painted.
 *    The same for Astro's island runtime (the `astro-island` element, 4.4 KB inlined into every page
 *    with an island): it is written once to `_astro/astro-island.<hash>.js` and imported the same way.
 *    Islands wait for it; their server-rendered markup is on screen before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const MODULE_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

const INLINE_SCRIPT = /<script>([^]*?)<\/script>/g;
const isIslandRuntime = (code) => code.includes('customElements.define("astro-island"');

const REFRESH = /(<meta\s+http-equiv="refresh"\s+content="\d+);\s*url=/gi;

/** The corrected HTML of one file (unchanged when nothing applies). */
export function fixAstroHtml(html, islandRuntimeUrl) {
  let out = html.replace(REFRESH, '$1; url=').replace(MODULE_SCRIPT, '<template data-module="$1"></template>');
  if (islandRuntimeUrl) {
    out = out.replace(INLINE_SCRIPT, (script, code) => (isIslandRuntime(code) ? `<template data-module="${islandRuntimeUrl(code)}"></template>` : script));
  }
  const head = out.indexOf('</head>');
  const style = out.indexOf(ASTRO_ISLAND_STYLE, head);
  if (head !== -1 && style !== -1) {
    out = out.slice(0, head) + ASTRO_ISLAND_STYLE + out.slice(head).replaceAll(ASTRO_ISLAND_STYLE, '');
  }
  return out;
}

/** Corrects every .html file below dist/ in place; returns how many files changed. */
export function fixAstroSite(dist) {
  let changed = 0;
  // Astro's island runtime as one file, named by its content, shared by every page with an island.
  const written = new Map();
  const islandRuntimeUrl = (code) => {
    if (!written.has(code)) {
      const name = `astro-island.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
      mkdirSync(join(dist, '_astro'), { recursive: true });
      writeFileSync(join(dist, '_astro', name), code);
      written.set(code, `/_astro/${name}`);
    }
    return written.get(code);
  };
  for (const rel of readdirSync(dist, { recursive: true })) {
    if (!String(rel).endsWith('.html')) continue;
    const file = join(dist, String(rel));
    const html = readFileSync(file, 'utf8');
    const fixed = fixAstroHtml(html, islandRuntimeUrl);
    if (fixed !== html) {
      writeFileSync(file, fixed);
      changed++;
    }
  }
  return changed;
}
