import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/**
 * Every text/background pair the components use, computed from the tokens themselves, so a palette
 * change that breaks WCAG AA contrast fails here.
 */
const css = readFileSync('src/styles/tokens.css', 'utf8');
const tokens = new Map<string, string>();
for (const m of css.matchAll(/(--do-[\w-]+):\s*([^;]+);/g)) if (!tokens.has(m[1])) tokens.set(m[1], m[2].trim());

function resolve(name: string): string {
  let value = tokens.get(name);
  for (let i = 0; value && i < 10; i++) {
    const ref = /^var\((--do-[\w-]+)\)$/.exec(value);
    if (!ref) break;
    value = tokens.get(ref[1]);
  }
  if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} does not resolve to a hex colour (got ${value})`);
  return value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const light = ['--do-color-bg', '--do-color-surface', '--do-color-surface-muted'];
const pillars = ['visit', 'events', 'culture', 'business', 'news'];

/** [foreground, background, minimum ratio] */
const pairs: [string, string, number][] = [
  ...light.flatMap((bg) => [
    ['--do-color-text', bg, 4.5] as [string, string, number],
    ['--do-color-text-muted', bg, 4.5] as [string, string, number],
    ['--do-color-error', bg, 4.5] as [string, string, number],
    ['--do-color-border-strong', bg, 3] as [string, string, number],
    ['--do-color-focus', bg, 3] as [string, string, number],
    ...pillars.map((p) => [`--do-accent-${p}`, bg, 4.5] as [string, string, number]),
  ]),
  ...pillars.map((p) => ['--do-palette-white', `--do-accent-${p}`, 4.5] as [string, string, number]),
  ...pillars.map((p) => [`--do-accent-${p}-inverse`, '--do-color-inverse-bg', 4.5] as [string, string, number]),
  ['--do-color-inverse-text', '--do-color-inverse-bg', 4.5],
  ['--do-color-inverse-muted', '--do-color-inverse-bg', 4.5],
  ['--do-color-focus-inverse', '--do-color-inverse-bg', 3],
  ['--do-palette-sun', '--do-color-inverse-bg', 4.5],
  ['--do-palette-red-light', '--do-color-inverse-bg', 4.5],
  ['--do-button-text', '--do-button-bg', 4.5],
  ['--do-palette-night', '--do-palette-sun', 4.5],
  ['--do-palette-white', '--do-color-error', 4.5],
  ['--do-hero-text', '--do-hero-bg', 4.5],
  ['--do-badge-text', '--do-accent-events', 4.5],
  ['--do-map-label', '--do-map-bg', 4.5],
  ['--do-color-text', '--do-map-bg', 4.5],
  ...pillars.map((p) => [`--do-accent-${p}`, '--do-map-bg', 3] as [string, string, number]),
];

describe('colour contrast of the design tokens', () => {
  it('computes ratios like the WCAG formula', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [fg, bg, min] of pairs) {
    it(`${fg} on ${bg} reaches ${min}:1`, () => {
      const ratio = contrast(resolve(fg), resolve(bg));
      expect(ratio, `${fg} (${resolve(fg)}) on ${bg} (${resolve(bg)}) is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
    });
  }
});
