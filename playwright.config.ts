import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/system-check.mjs';

/**
 * Browser tests run against the production build (dist/), served by nginx with the shipped
 * configuration (scripts/deploy/nginx.mjs, deploy/nginx/): the same headers, Content Security Policy
 * and redirects as production, so every page a test opens is also checked against the real policy.
 * CHROMIUM_PATH, else Playwright's own Chromium where it is installed, else Debian's /usr/bin/chromium
 * (this project's machines cannot download Playwright's browser build); scripts/system-check.mjs
 * decides this for the tests and for `npm test`'s check alike.
 */

/** Port of the test server; PW_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.PW_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on any machine: Playwright's default (half the cores) leaves one of 2 cores idle.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/deploy/nginx.mjs --port ${port} --dist dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The runner passes SIGTERM on to nginx, which removes its temp folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
