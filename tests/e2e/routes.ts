import { readFileSync, readdirSync } from 'node:fs';

/**
 * Every page of the built site, as local paths, read from the sitemap the build wrote. A page that
 * is missing from the sitemap is missing from these tests too, so the sitemap itself is checked in
 * seo.spec.ts against the built HTML files.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('dist/ has no sitemap: run `npm run build` first');
  const paths: string[] = [];
  for (const f of files) {
    const xml = readFileSync(`dist/${f}`, 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]).pathname);
  }
  return paths.sort();
}

/** Language of a path by the languages' prefixes in the registry (src/i18n/languages.ts). */
export { localeOfPath } from '../../src/i18n/languages';
