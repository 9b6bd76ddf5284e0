/**
 * Structured data of the built pages: every JSON-LD block parses as JSON, declares the schema.org
 * context and uses only types and properties schema.org defines (list from schema-dts, see
 * schemaVocabulary.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, documentOf, elements, htmlPages, textOf } from './dist.mjs';
import { vocabularyProblems } from './schemaVocabulary.mjs';

/** Problems, @type counts, pages without JSON-LD and the number of blocks of a built site. */
export function checkStructuredData(dist) {
  const problems = [];
  const types = new Map();
  const withoutJsonLd = [];
  let blocks = 0;
  for (const { file, path } of htmlPages(dist)) {
    const scripts = [...elements(documentOf(file).doc)].filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    if (scripts.length === 0) withoutJsonLd.push(path);
    for (const [i, script] of scripts.entries()) {
      blocks++;
      const where = `${path} JSON-LD block ${i + 1}`;
      let data;
      try {
        data = JSON.parse(textOf(script));
      } catch (error) {
        problems.push(`${where}: not valid JSON (${error.message})`);
        continue;
      }
      for (const top of [data].flat()) {
        if (!top || typeof top !== 'object' || top['@context'] === undefined) problems.push(`${where}: no @context at the top level`);
      }
      problems.push(...vocabularyProblems(data).map((p) => `${where}: ${p}`));
      JSON.stringify(data, (key, value) => {
        if (key === '@type') for (const t of [value].flat()) types.set(String(t), (types.get(String(t)) ?? 0) + 1);
        return value;
      });
    }
  }
  return { problems, types, withoutJsonLd, blocks };
}

/** Pages listed in the sitemap(s) of a built site. */
export function sitemapPaths(dist) {
  return readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}
