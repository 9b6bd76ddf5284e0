/**
 * Redirects of the former sites for `astro dev` and `astro preview`, from the same table as nginx
 * (deploy/redirects/). Astro cannot match host names or query strings, so only rows whose path is
 * unambiguous without them are taken: a 301 to a page of the portal, no query string, a path that
 * no other former host uses and that lies outside the portal's own addresses. In a static build each
 * becomes a small page with a meta refresh (Astro's redirect page), which also serves hosts that
 * cannot redirect at all (a bucket behind a CDN). Production redirects come from nginx or _redirects.
 *
 * astro.config.mjs: import { astroRedirects } from './scripts/deploy/astroRedirects.mjs';
 *                   … redirects: astroRedirects,
 */
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadRedirects } from './lib/redirects.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** First path segments the portal uses itself (route folders, route files, service pages). */
function portalSegments() {
  const names = new Set(['en', 'umgezogen', '_astro', 'pagefind']);
  for (const e of readdirSync(join(root, 'src/pages'), { withFileTypes: true })) names.add(e.name.replace(/\.(astro|ts|js|md|mdx)$/, ''));
  const pages = join(root, 'content/pages/de');
  if (existsSync(pages)) for (const f of readdirSync(pages)) names.add(f.replace(/\.mdx?$/, ''));
  return names;
}

/** @returns {Record<string, { status: 301, destination: string }>} */
export function buildAstroRedirects() {
  const data = loadRedirects(root);
  const own = portalSegments();
  const count = new Map();
  for (const row of data.rows) count.set(row.path.toLowerCase(), (count.get(row.path.toLowerCase()) ?? 0) + 1);
  /** @type {Record<string, { status: 301, destination: string }>} */
  const redirects = {};
  for (const row of data.rows) {
    const first = row.path.split('/')[1] ?? '';
    if (row.status !== 301 || !row.target?.startsWith('/') || row.query) continue;
    if (row.path === '/' || own.has(first) || count.get(row.path.toLowerCase()) !== 1) continue;
    // Astro's routes are directories here (trailingSlash: 'always'): old file names such as
    // april.html would become folders named april.html, so only directory-style paths are taken.
    if (!row.path.endsWith('/') || /[[\]]/.test(row.path)) continue;
    redirects[row.path] = { status: 301, destination: row.target };
  }
  return redirects;
}

export const astroRedirects = buildAstroRedirects();
