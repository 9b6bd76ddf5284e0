import { describe, expect, it } from 'vitest';
import { checkLinks } from './lib/links.mjs';
import { validatePages } from './lib/html.mjs';
import { checkStructuredData } from './lib/structuredData.mjs';
import { checkNu } from './lib/nu.mjs';
import { fixAstroHtml } from '../../scripts/deploy/astroHtml.mjs';

/**
 * The gates themselves: on a small site that is broken on purpose (tests/quality/fixtures/broken-site)
 * each one must find exactly the planted problems, and accept the valid page beside them.
 */
const site = 'tests/quality/fixtures/broken-site';

describe('the link checker', () => {
  const result = checkLinks(site);
  const found = result.problems.map((p) => `${p.from} ${p.raw}: ${p.problem}`);

  it('finds missing pages and files, a missing trailing slash and missing anchors', () => {
    expect(found).toEqual([
      '/ /missing.css: no file at this address',
      '/ https://example.test/gone/: no page at this address',
      '/ /missing/: no page at this address',
      "/ /ok: missing trailing slash: the page is /ok/ (the site is built with trailingSlash: 'always')",
      '/ /ok/#nope: no element with id="nope" in the target page',
      '/ #also-missing: no element with id="also-missing" in the target page',
      '/ /map.svg#svgView(viewBox(0,0,10)): the view svgView(viewBox(0,0,10)) needs four numbers, a positive width and height',
    ]);
  });

  it('collects external links and other schemes without checking them', () => {
    expect(result.external.map((e: { url: string }) => e.url).sort()).toEqual(['https://other.example/event', 'https://other.example/x']);
    expect([...result.schemes.keys()]).toEqual(['mailto']);
  });
});

describe('the HTML gate', () => {
  it('reports invalid content models', async () => {
    const { problems } = await validatePages(site);
    expect(problems.filter((p: { page: string }) => p.page === '/ok/')).toEqual([]);
    const rules = problems.map((p: { rule: string; message: string }) => `${p.rule}: ${p.message}`);
    expect(rules).toContain('element-permitted-content: <div> element is not permitted as content under <ul>');
    expect(rules).toContain('element-permitted-content: <style> element is not permitted as content under <div>');
  });

  it("excuses the lowercase doctype on Astro's redirect stubs only", async () => {
    const { problems, redirectStubs } = await validatePages(site);
    expect(redirectStubs).toBe(1);
    expect(problems.filter((p: { page: string }) => p.page === '/old-address/')).toEqual([]);
    expect(problems.filter((p: { rule: string }) => p.rule === 'doctype-style').map((p: { page: string }) => p.page)).toEqual(['/']);
  });
});

describe('the structured-data gate', () => {
  it('reports invalid JSON, unknown types, properties and enumeration members', () => {
    const { problems } = checkStructuredData(site);
    expect(problems).toHaveLength(7);
    expect(problems[0]).toBe('/ JSON-LD block 1: $.@graph[0]: @type "TouristAtraction" is not a schema.org type');
    expect(problems[1]).toBe('/ JSON-LD block 1: $.@graph[1]: "nmae" is not a schema.org property');
    expect(problems[2]).toBe('/ JSON-LD block 1: $.@graph[1].eventStatus: https://schema.org/EventScheduld is not a schema.org term');
    expect(problems[6]).toMatch(/^\/ JSON-LD block 2: not valid JSON/);
  });

  it('reports Event objects without a startDate or a located venue, and accepts an EventSeries without a date', () => {
    const { problems } = checkStructuredData(site);
    expect(problems.slice(3, 6)).toEqual([
      '/ JSON-LD block 1: $.@graph[1] (Event "?"): no startDate',
      '/ JSON-LD block 1: $.@graph[1] (Event "?"): no location with a name',
      '/ JSON-LD block 1: $.@graph[2] (Festival "Fest"): location "Somewhere" has no postal address with a locality',
    ]);
  });
});

describe('the Nu HTML checker gate', () => {
  const { files, errors } = checkNu(site);
  const found = errors.map((e) => `${e.page} ${e.message}`);

  it('checks every file and passes the valid page', () => {
    expect(files).toBe(3);
    expect(errors.filter((e) => e.page === '/ok/')).toEqual([]);
  });

  it('finds a misplaced element, a <style> in <body> and the refresh value without a space', () => {
    expect(found).toContain('/ Element “div” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)');
    expect(found).toContain('/ A “style” element in “body” must be the first child of its parent.');
    expect(found.some((f) => f.startsWith('/old-address/ Bad value “0;url=/ok/” for attribute “content” on element “meta”'))).toBe(true);
  });
});

describe("the build's corrections of Astro's HTML (scripts/deploy/astroHtml.mjs)", () => {
  it('writes a valid refresh value on redirect pages', () => {
    expect(fixAstroHtml('<!doctype html><title>Redirecting to: /ok/</title><meta http-equiv="refresh" content="0;url=/ok/">')).toBe(
      '<!doctype html><title>Redirecting to: /ok/</title><meta http-equiv="refresh" content="0; url=/ok/">',
    );
  });

  it("moves Astro's island style from <body> to the end of <head>, once, and leaves other styles alone", () => {
    const island = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const html = `<html><head><title>x</title></head><body><main><h1>x</h1>${island}<astro-island></astro-island><div>${island}</div><style>p{}</style></main></body></html>`;
    expect(fixAstroHtml(html)).toBe(`<html><head><title>x</title>${island}</head><body><main><h1>x</h1><astro-island></astro-island><div></div><style>p{}</style></main></body></html>`);
    const done = fixAstroHtml(html);
    expect(fixAstroHtml(done)).toBe(done);
  });

  it("turns Astro's page scripts into templates that the inline loader imports after the first paint", () => {
    const html = '<body><header><script type="module" src="/_astro/SearchDialog.x1.js"></script></header><script type="module" src="/_astro/PlaceFacts.y2.js"></script><script type="application/ld+json">{}</script></body>';
    expect(fixAstroHtml(html)).toBe(
      '<body><header><template data-module="/_astro/SearchDialog.x1.js"></template></header><template data-module="/_astro/PlaceFacts.y2.js"></template><script type="application/ld+json">{}</script></body>',
    );
  });
});
