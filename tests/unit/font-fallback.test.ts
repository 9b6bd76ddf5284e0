import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromFile } from '@capsizecss/unpack/fs';
import { BANDS, FONT_FILE, overrides } from '../../scripts/font-fallback.mjs';

/** The fallback faces declared in fonts.css, by weight range. */
function declaredFaces() {
  const css = readFileSync('src/styles/fonts.css', 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((m) => m[1])
    .filter((body) => body.includes("'Archivo Fallback'"))
    .map((body) => Object.fromEntries([...body.matchAll(/([a-z-]+):\s*([^;]+);/g)].map((d) => [d[1], d[2].trim()])));
}

describe('the brand font’s metric-matched fallback (src/styles/fonts.css)', () => {
  it('declares one face per weight band, with local fonts only (no download)', () => {
    const faces = declaredFaces();
    expect(faces.map((f) => f['font-weight'])).toEqual(BANDS.map((b) => b.range));
    for (const face of faces) expect(face.src).toMatch(/^local\('[^']+'\)(, local\('[^']+'\))*$/);
  });

  it('shifts the baseline by Archivo’s own vertical metrics, read from the font file the site ships', async () => {
    const metrics = await fromFile(FONT_FILE);
    for (const face of declaredFaces()) {
      const ratio = parseFloat(face['size-adjust']) / 100;
      expect(ratio, 'size-adjust is a measured width ratio near 1').toBeGreaterThan(0.9);
      expect(ratio).toBeLessThan(1.15);
      const expected = overrides(metrics, ratio);
      expect(face['ascent-override']).toBe(expected.ascentOverride);
      expect(face['descent-override']).toBe(expected.descentOverride);
      expect(face['line-gap-override']).toBe(expected.lineGapOverride);
    }
  });

  it('is in the font stack right after Archivo', () => {
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    expect(tokens).toMatch(/--do-font-sans: 'Archivo Variable', 'Archivo', 'Archivo Fallback',/);
  });
});
