import { describe, expect, it } from 'vitest';
import { distDir } from './lib/dist.mjs';
import { validatePages } from './lib/html.mjs';

/** Every built page is valid HTML by html-validate with the project's configuration (.htmlvalidate.mjs). */
describe(`HTML of ${distDir()}/`, () => {
  it('every page is valid HTML (html-validate, .htmlvalidate.mjs)', async () => {
    const { pages, problems, redirectStubs } = await validatePages(distDir());
    console.log(
      `HTML: ${pages} pages validated (${redirectStubs} of them Astro redirect stubs), ${problems.length} problems.`,
    );
    expect(pages).toBeGreaterThan(100);
    expect(problems.map((p) => `${p.page}: ${p.rule}: ${p.message}${p.selector ? ` (at ${p.selector})` : ''}`)).toEqual([]);
  });
});
