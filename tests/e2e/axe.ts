import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 levels A and AA, the portal's target. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core over the page as it is now, one line per violation ("rule: targets"), and the number of
 * rules that passed. Two options keep one run cheap without checking less:
 * - legacy mode runs axe.run inside the page. The default mode collects partial results per frame
 *   and merges them in a second, blank page it opens, loads axe into and closes on every call; that
 *   is for cross-origin iframes, which the portal never has (no request may leave the site).
 * - resultTypes: ['violations'] keeps every rule's full node list for violations only; passing and
 *   inapplicable rules are still run and counted, but not serialised node by node.
 */
export async function axeViolations(page: Page, tags: string[] = wcagTags): Promise<{ violations: string[]; passes: number }> {
  const results = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
  return {
    violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    passes: results.passes.length,
  };
}
