import { describe, expect, it } from 'vitest';
import { checkPage, checkScreenReaderOutline } from './lib/screenReader.mjs';
import { distDir } from './lib/dist.mjs';

/**
 * What a screen-reader user navigates by, on every built page (tests/quality/lib/screenReader.mjs):
 * heading outline, landmarks, link names. The checker itself is tested on planted problems first.
 */
describe('the screen-reader outline checker', () => {
  it('finds skipped levels, a late h1, landmarks, vague, empty and ambiguous link names', () => {
    const found = checkPage('tests/quality/fixtures/outline/bad.html');
    expect(found).toContain('the first heading is not an h1 (h2 "Zuerst eine h2")');
    expect(found).toContain('heading level skipped: h3 "Übersprungen? Nein" → h5 "Übersprungen"');
    expect(found).toContain('2 main landmarks');
    expect(found).toContain('0 contentinfo landmarks');
    expect(found).toContain('two navigations named "Hauptmenü"');
    expect(found).toContain('vague link text "hier" → /mehr/');
    expect(found).toContain('link without a name: /c/');
    expect(found).toContain('the link text "museum" leads to 2 different places: /a/, /b/');
    expect(found.filter((p) => p.includes('Template') || p.includes('Dialog'))).toEqual([]);
  });

  it('accepts a sound page', () => {
    expect(checkPage('tests/quality/fixtures/outline/good.html')).toEqual([]);
  });
});

describe(`screen-reader outline of ${distDir()}/`, () => {
  it('every page: one h1 first, no skipped heading levels, one banner, main and contentinfo, named navigations, clear link names', () => {
    const results = checkScreenReaderOutline(distDir());
    expect(results.flatMap(({ path, problems }: { path: string; problems: string[] }) => problems.map((p) => `${path}: ${p}`))).toEqual([]);
  });
});
