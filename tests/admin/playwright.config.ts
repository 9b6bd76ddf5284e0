import { defineConfig, devices } from '@playwright/test';
import base from '../../playwright.config';

/**
 * The web editor (Decap CMS at /admin/) against a throwaway git repository: `npm run edit` on a fresh
 * clone of this checkout (tests/admin/throwaway.mjs), the editor files written by the same build step as
 * dist/admin/. `npx playwright test -c tests/admin/playwright.config.ts`; ADMIN_TEST_PORT picks the port.
 */
const port = Number(process.env.ADMIN_TEST_PORT ?? 8100);

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', launchOptions: base.use?.launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'de-DE', timezoneId: 'Europe/Berlin' } }],
  webServer: {
    command: 'node tests/admin/throwaway.mjs',
    cwd: '../..',
    env: { ADMIN_TEST_PORT: String(port) },
    url: `http://127.0.0.1:${port}/admin/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
