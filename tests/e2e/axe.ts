import type axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's minified build (580 KB; the `source` it exports is the 1.3 MB readable one). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 levels A and AA, the portal's target: every spec runs this one rule set. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Loads axe-core into every document of a context before the page's own scripts run, so a check
 * costs no injection: Chromium compiles the same init script once per renderer and reuses it on
 * each navigation, while evaluating axe's source afresh (as @axe-core/playwright does, twice per call
 * in its legacy mode, with the 1.3 MB readable build) took a fifth of every page's check. axe adds a
 * global `axe` and touches neither the DOM nor the network.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/**
 * axe-core over the page as it is now (the whole document, WCAG 2.2 A and AA), one line per
 * violation ("rule: targets"), and the number of rules that passed. It runs axe.run inside the page,
 * as @axe-core/playwright's legacy mode does; its default mode merges per-frame results in a second
 * blank page it opens for every call, which is for cross-origin iframes the portal never has (no
 * request may leave the site). Only violations are reported node by node (resultTypes); every rule
 * still runs, and passing rules are counted.
 */
export async function axeViolations(page: Page, tags: string[] = wcagTags): Promise<{ violations: string[]; passes: number }> {
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (values) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    tags,
  );
  return {
    violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    passes: results.passes.length,
  };
}
