import type { BrowserContext, Page } from '@playwright/test';

/**
 * Content Security Policy violations, caught twice: as the securitypolicyviolation event inside each
 * document (an init script of the context, so it is in place before the page's own markup runs) and as
 * Chromium's console message ("Refused to …", "Content Security Policy").
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** Starts listening on a page whose context records violations; the result reads them for the current document. */
export function watchCsp(page: Page): { violations: () => Promise<string[]>; stop: () => void } {
  const messages: string[] = [];
  const onConsole = (m: { text(): string }) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(`console: ${m.text()}`);
  };
  page.on('console', onConsole);
  return {
    violations: async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))],
    stop: () => page.off('console', onConsole),
  };
}
