import { describe, expect, it } from 'vitest';
import { distDir } from './lib/dist.mjs';
import { checkNu } from './lib/nu.mjs';

/** Every HTML file of the built site passes the W3C Nu HTML checker (vnu-jar) without an error. */
describe(`W3C Nu HTML checker over ${distDir()}/`, () => {
  it('finds no error in any HTML file', () => {
    const { files, errors, warnings } = checkNu(distDir());
    const kinds = [...new Set(warnings.map((w) => w.message))];
    console.log(`Nu HTML checker: ${files} files, ${errors.length} errors, ${warnings.length} warnings${kinds.length ? ` (${kinds.slice(0, 5).join(' | ')})` : ''}.`);
    expect(files).toBeGreaterThan(100);
    expect(errors.map((e) => `${e.page}:${e.line}: ${e.message}`)).toEqual([]);
  });
});
