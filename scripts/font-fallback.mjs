#!/usr/bin/env node
/**
 * The metric-matched fallback of the brand font (src/styles/fonts.css): text first renders in Arial
 * (or its metric twin Liberation Sans) scaled and shifted so that lines break and sit where Archivo's
 * will, and the swap to Archivo moves nothing.
 *
 * - size-adjust: how much wider Archivo sets the portal's own interface text (src/i18n/*.json) than
 *   the fallback, measured with Chromium's text shaping at the weights the portal uses, one fallback
 *   face per weight band (Arial has only regular and bold; Archivo's black is wider than Arial Bold).
 * - ascent-, descent- and line-gap-override: Archivo's vertical metrics from the font file
 *   (@capsizecss/unpack), divided by size-adjust, so the baseline sits where Archivo puts it.
 *
 *   node scripts/font-fallback.mjs   prints the @font-face rules for src/styles/fonts.css
 *
 * Needs Chromium (/usr/bin/chromium or CHROME_PATH) with Liberation Sans installed (fonts-liberation).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fromFile } from '@capsizecss/unpack/fs';

export const FONT_FILE = 'node_modules/@fontsource-variable/archivo/files/archivo-latin-wght-normal.woff2';
/** Weight bands of the fallback faces: the weight measured, the band it covers, the local faces. */
export const BANDS = [
  { weight: 400, range: '100 599', local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'] },
  { weight: 720, range: '600 780', local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold'] },
  { weight: 850, range: '781 900', local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold'] },
];

/** The overrides of one face from Archivo's vertical metrics and the measured width ratio. */
export function overrides({ ascent, descent, lineGap, unitsPerEm }, widthRatio) {
  const pct = (v) => `${(v * 100).toFixed(2)}%`;
  return {
    sizeAdjust: pct(widthRatio),
    ascentOverride: pct(ascent / unitsPerEm / widthRatio),
    descentOverride: pct(Math.abs(descent) / unitsPerEm / widthRatio),
    lineGapOverride: pct(lineGap / unitsPerEm / widthRatio),
  };
}

async function measureRatios() {
  const flat = (o) => (typeof o === 'string' ? [o] : Object.values(o).flatMap(flat));
  const text = ['de', 'en'].flatMap((l) => flat(JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8')))).join(' ');
  const font = readFileSync(FONT_FILE).toString('base64');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    return await page.evaluate(
      async ({ text, font, weights }) => {
        const face = new FontFace('Measured', `url(data:font/woff2;base64,${font})`, { weight: '100 900' });
        await face.load();
        document.fonts.add(face);
        const ctx = document.createElement('canvas').getContext('2d');
        const width = (f) => ((ctx.font = f), ctx.measureText(text).width);
        // Arial or Liberation Sans, regular below 600 and bold from 600, as the fallback faces map them.
        return weights.map((w) => width(`${w} 100px Measured`) / width(`${w < 600 ? 400 : 700} 100px Arial, "Liberation Sans"`));
      },
      { text, font, weights: BANDS.map((b) => b.weight) },
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const metrics = await fromFile(FONT_FILE);
  const ratios = await measureRatios();
  for (const [i, band] of BANDS.entries()) {
    const o = overrides(metrics, ratios[i]);
    console.log(`@font-face {
  font-family: 'Archivo Fallback';
  font-weight: ${band.range};
  src: ${band.local.map((n) => `local('${n}')`).join(', ')};
  size-adjust: ${o.sizeAdjust};
  ascent-override: ${o.ascentOverride};
  descent-override: ${o.descentOverride};
  line-gap-override: ${o.lineGapOverride};
}`);
  }
}
