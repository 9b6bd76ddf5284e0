import { defineConfig, devices } from '@playwright/test';
import base from '../../playwright.config';

/**
 * The calendar with a real series in the built site: the portal's content, built for a pinned date
 * (7 December 2026) into .tmp/calendar-dist by
 * fixture-site.mjs, which `npm run test:calendar` runs first (it rebuilds only when sources changed;
 * `npm test` builds it next to the site). It cannot be Playwright's global setup: Playwright starts
 * the web server before the global setup, and the server needs the built fixture. PW_PORT chooses the port.
 */
const port = Number(process.env.PW_PORT ?? 4322);

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', launchOptions: base.use?.launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    cwd: '../..',
    env: { OUT_DIR: '.tmp/calendar-dist' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
