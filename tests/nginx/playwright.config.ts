import { defineConfig, devices } from '@playwright/test';
import base from '../../playwright.config';

/**
 * Tests against real nginx with the shipped configuration (deploy/nginx/) and the built site:
 * headers, compression, caching, types, error pages, every redirect of the former sites, and no CSP
 * violation on any page in Chromium. `npm run test:nginx`; nginx comes from Debian
 * (apt-get install nginx libnginx-mod-http-brotli-static), started by scripts/deploy/nginx.mjs.
 *
 * NGINX_TEST_PORT (default 8089) and SITE_DIR (default dist) choose the port and the build.
 */
export const port = Number(process.env.NGINX_TEST_PORT ?? 8089);
export const siteDir = process.env.SITE_DIR ?? 'dist';

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  // Two workers on any machine: Playwright's default (half the cores) leaves one of 2 cores idle.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: base.use?.launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/deploy/nginx.mjs --port ${port} --dist ${siteDir}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The runner passes SIGTERM on to nginx and removes its temp folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
