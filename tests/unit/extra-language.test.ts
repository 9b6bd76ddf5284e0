import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Adding a language needs a registry entry, a UI string file and content, nothing else. This test
 * copies the project's source into .tmp/, adds a throwaway partial language "xx" (never shipped) by
 * exactly those three things, and builds it with a small content set: the service pages, figures and
 * contacts of the real content, two places in German and English, and one of them in xx.
 */
const work = resolve('.tmp/extra-language');
const site = join(work, 'site');
const content = join(work, 'content');
const dist = join(work, 'dist');
const fixture = 'tests/fixtures/extra-language';

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const hreflang = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]).pathname]));

let output = '';
let status: number | null = null;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  // The project as it is…
  for (const f of ['src', 'public', 'scripts', 'deploy', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(site, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(site, 'node_modules'));
  // …plus 1. a registry entry,
  const registry = join(site, 'src/i18n/languages.ts');
  const source = readFileSync(registry, 'utf8');
  const end = source.indexOf('] as const satisfies readonly Language[];');
  expect(end, 'the registry array ends with "] as const satisfies readonly Language[];"').toBeGreaterThan(0);
  writeFileSync(registry, source.slice(0, end) + readFileSync(join(fixture, 'registry-entry.ts.txt'), 'utf8') + source.slice(end));
  // 2. a UI string file (the English strings, marked, so that the test can tell them apart),
  const en = JSON.parse(readFileSync('src/i18n/en.json', 'utf8')) as Record<string, string>;
  writeFileSync(join(site, 'src/i18n/xx.json'), JSON.stringify(Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `xx ${v}`])), null, 2));
  // 3. content: a small real set, and one place in xx.
  for (const dir of ['pages', 'figures', 'contacts']) cpSync(join('content', dir), join(content, dir), { recursive: true });
  for (const [lang, files] of [['de', ['dortmunder-u.md', 'zeche-zollern.md']], ['en', ['dortmund-u-tower.md', 'zollern-colliery-museum.md']]] as const) {
    mkdirSync(join(content, 'places', lang), { recursive: true });
    for (const f of files) cpSync(join('content/places', lang, f), join(content, 'places', lang, f));
  }
  mkdirSync(join(content, 'places/xx'), { recursive: true });
  const u = readFileSync('content/places/en/dortmund-u-tower.md', 'utf8').replace(/^title: .*$/m, 'title: Xx Dortmunder U');
  writeFileSync(join(content, 'places/xx/dortmunder-u-xx.md'), u);
  // Content files refer to artwork as ../../../src/assets/…, relative to content/<collection>/<lang>/.
  symlinkSync(join(site, 'src'), join(work, 'src'));

  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: site,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'astro-cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  output = result.stdout + result.stderr;
  status = result.status;
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a language added as data (throwaway "xx" from test fixtures)', () => {
  it('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('has its home and section pages in its own language, and only the pages it declares', () => {
    expect(page('xx')).toContain('<html lang="xx"');
    expect(page('xx')).toContain('xx ');
    expect(existsSync(join(dist, 'xx/visitxx/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'xx/visitxx/placesxx/index.html'))).toBe(true);
    // No events, business or news pages: the entry does not declare them.
    expect(readdirSync(join(dist, 'xx')).filter((f) => !/\.(br|gz)$/.test(f)).sort()).toEqual(['index.html', 'searchxx', 'visitxx']);
  });

  it('has a page for the place with xx content, paired with German and English both ways', () => {
    const xx = hreflang(page('xx/visitxx/placesxx/dortmunder-u-xx'));
    expect(xx).toEqual({ de: '/erleben/orte/dortmunder-u/', en: '/en/visit/places/dortmund-u-tower/', xx: '/xx/visitxx/placesxx/dortmunder-u-xx/', 'x-default': '/erleben/orte/dortmunder-u/' });
    expect(hreflang(page('erleben/orte/dortmunder-u')).xx).toBe('/xx/visitxx/placesxx/dortmunder-u-xx/');
  });

  it('leaves out pages without xx content, and its language switch says so and leads to the xx section page', () => {
    expect(existsSync(join(dist, 'xx/visitxx/placesxx/zollern-colliery-museum'))).toBe(false);
    const zollern = page('erleben/orte/zeche-zollern');
    expect(hreflang(zollern).xx).toBeUndefined();
    expect(zollern).toMatch(/<a href="\/xx\/visitxx\/" lang="xx" hreflang="xx" title="xx This page is not available in English; the link leads to the page “xx Visit”\."/);
  });

  it('lists exactly the existing xx pages in the sitemap, with their alternates', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const xxPages = [...sitemap.matchAll(/<loc>[^<]*?(\/xx\/[^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    expect(xxPages).toEqual(['/xx/', '/xx/searchxx/', '/xx/visitxx/', '/xx/visitxx/placesxx/', '/xx/visitxx/placesxx/dortmunder-u-xx/']);
    expect(sitemap).toContain('hreflang="xx" href="https://www.dortmund.example/xx/visitxx/placesxx/dortmunder-u-xx/"');
  });

  it('gets its own search index', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toContain('xx');
  });
});
