// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { astroRedirects } from './scripts/deploy/astroRedirects.mjs';
import { languages } from './src/i18n/languages.ts';

/** Public address of the portal; canonical URLs, the sitemap and feeds are built from it. */
export const site = process.env.SITE_URL ?? 'https://www.dortmund.example';

/** OUT_DIR lets tests build broken fixtures elsewhere without touching the real dist/. */
const outDir = process.env.OUT_DIR ?? './dist';

/**
 * The start of a built page up to the end of its <head> (where the alternates are), read in 8 KB
 * steps instead of the whole file: at 10,000 pages reading every page whole took a second.
 */
function headOf(/** @type {string} */ file) {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(8192);
    // The decoder keeps a character split across two chunks whole.
    const decoder = new StringDecoder('utf8');
    let head = '';
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      head += decoder.write(chunk.subarray(0, read));
      const end = head.indexOf('</head>');
      if (end >= 0) return head.slice(0, end);
    }
    return head;
  } finally {
    closeSync(fd);
  }
}

/**
 * The sitemap integration pairs languages by identical paths, but our slugs are translated. Every page
 * already declares its alternates in <link rel="alternate" hreflang>, so the sitemap reads them from the
 * built page: one source of truth for both.
 */
function alternatesFromHtml(/** @type {string} */ url) {
  const path = new URL(url).pathname;
  const file = fileURLToPath(new URL(`${outDir.replace(/\/$/, '')}${path}${path.endsWith('/') ? 'index.html' : ''}`, import.meta.url));
  let html;
  try {
    html = headOf(file);
  } catch {
    return [];
  }
  const links = [];
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) {
    links.push({ lang: m[1], url: m[2] });
  }
  return links;
}

/** "This page has moved" in every language (noindex, so not in the sitemap). */
const movedPages = languages.flatMap((l) => (l.routes.moved ? [l.routes.moved] : []));

export default defineConfig({
  site,
  outDir,
  trailingSlash: 'always',
  // Each page's CSS inlined in its <head>: the first round trip brings everything the first paint needs
  // (doc/adr/0010-inline-css-and-per-page-style-policy.md; each page pins its styles in a <meta> CSP).
  // Four pages rendered at a time: while one page waits for its file to be written, the next renders.
  // At 10,000 pages this took page rendering from 30 to 20 s on two cores (doc/benchmarks.md); the
  // pages do not depend on each other, and the shared lookups in src/lib are built once and reused.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Languages come from the registry (src/i18n/languages.ts); the source language has no prefix.
  i18n: {
    locales: languages.map((l) => l.code),
    defaultLocale: languages[0].code,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    preact(),
    // Islands that hydrate after the first paint (src/lib/clientLate.ts, ADR 0011).
    {
      name: 'dortmund-client-late',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({ name: 'late', entrypoint: fileURLToPath(new URL('./src/lib/clientLate.ts', import.meta.url)) });
        },
      },
    },
    sitemap({
      // The moved pages (targets of old links) are noindex.
      filter: (page) => !page.includes('/404') && !movedPages.some((moved) => page.endsWith(moved)),
      serialize(item) {
        item.links = alternatesFromHtml(item.url);
        return item;
      },
    }),
  ],
  // The artwork is the portal's own SVG, drawn in this repository; rasterising it to AVIF/WebP for
  // photo slots is safe here. Photos the office adds later go through the same pipeline.
  image: { dangerouslyProcessSVG: true },
  // Old addresses of the former sites, for `astro preview` (nginx and the CDN files come from the same table).
  redirects: astroRedirects,
  prefetch: false,
  // Separate caches for separate content (the benchmarks build generated content next to the real one).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  devToolbar: { enabled: false },
  // Page scripts as files, never inlined into the HTML: they are deferred modules that the first paint
  // does not wait for, so inlined they would only take room in the first round trip (doc/adr/0009).
  // Other assets keep Vite's default limit.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
