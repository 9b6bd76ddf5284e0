import { describe, expect, it } from 'vitest';
import { distDir } from './lib/dist.mjs';
import { schemaVocabulary } from './lib/schemaVocabulary.mjs';
import { checkStructuredData, sitemapPaths } from './lib/structuredData.mjs';

/**
 * Structured data: every JSON-LD block of every page parses as JSON, declares the schema.org context
 * and uses only types and properties schema.org defines (tests/quality/lib/schemaVocabulary.mjs).
 */
describe(`structured data in ${distDir()}/`, () => {
  const result = checkStructuredData(distDir());

  it('every JSON-LD block parses and uses only schema.org types and properties', () => {
    const summary = [...result.types].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`Structured data: ${result.blocks} JSON-LD blocks checked against schema-dts ${schemaVocabulary().version}; types: ${summary}`);
    expect(result.blocks).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  });

  it('every Event object on every page has a startDate and a located venue (series: EventSeries with dated subEvents)', () => {
    console.log(`Structured data: ${result.events} Event objects checked for startDate and location`);
    expect(result.problems.filter((p: string) => / no startDate| no location| has no postal address/.test(p))).toEqual([]);
  });

  it('every page in the sitemap carries JSON-LD (the home page the WebSite and the office, the others at least their breadcrumbs)', () => {
    const listed = new Set(sitemapPaths(distDir()));
    expect(listed.size).toBeGreaterThan(0);
    expect(result.withoutJsonLd.filter((p: string) => listed.has(p))).toEqual([]);
  });
});
