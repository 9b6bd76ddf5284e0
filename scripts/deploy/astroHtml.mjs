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
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const MODULE_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;

const REFRESH = /(<meta\s+http-equiv="refresh"\s+content="\d+);\s*url=/gi;

/** The corrected HTML of one file (unchanged when nothing applies). */
export function fixAstroHtml(html) {
  let out = html.replace(REFRESH, '$1; url=').replace(MODULE_SCRIPT, '<template data-module="$1"></template>');
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
  for (const rel of readdirSync(dist, { recursive: true })) {
    if (!String(rel).endsWith('.html')) continue;
    const file = join(dist, String(rel));
    const html = readFileSync(file, 'utf8');
    const fixed = fixAstroHtml(html);
    if (fixed !== html) {
      writeFileSync(file, fixed);
      changed++;
    }
  }
  return changed;
}
