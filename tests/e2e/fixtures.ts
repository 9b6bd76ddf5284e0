import { test as base, type Page } from '@playwright/test';
import { preloadAxe } from './axe';
import { recordCspViolations } from './csp';

/**
 * `sharedPage`: one browser page per worker, reused by every test that asks for it. Opening a new
 * context and page per test costs more than many of the checks themselves (every-page.spec.ts has
 * one test per page of the site), and a shared context also keeps the browser's cache, as a
 * visitor's browser does. Tests that change state a later test could see (storage, dialogs, filters)
 * use Playwright's own `page` instead. After a failure Playwright starts a new worker, and with it a
 * new page. axe-core is loaded into each of its documents up front (axe.ts), and each document records
 * Content Security Policy violations (csp.ts).
 */
export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, colorScheme } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, colorScheme });
      await preloadAxe(context);
      await recordCspViolations(context);
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
