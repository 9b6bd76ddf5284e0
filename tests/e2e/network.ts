import type { Page, Request } from '@playwright/test';

/**
 * The requests of a page from now on, and network idle without Playwright's fixed half second:
 * start before navigating; `quiet()` resolves once no request has been open for `ms` milliseconds
 * ('networkidle' waits 500 ms after the last one on every page, which across every page of the site
 * adds minutes). `urls` lists every request seen; `stop()` detaches the listeners, for a page that
 * outlives the test (fixtures.ts).
 */
export function watchNetwork(page: Page) {
  const open = new Set<Request>();
  const urls: string[] = [];
  let last = Date.now();
  const start = (r: Request) => {
    open.add(r);
    urls.push(r.url());
    last = Date.now();
  };
  const end = (r: Request) => {
    open.delete(r);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    urls,
    async quiet(ms = 150, timeout = 15_000) {
      const began = Date.now();
      while (open.size > 0 || Date.now() - last < ms) {
        if (Date.now() - began > timeout) throw new Error(`requests still open after ${timeout} ms: ${[...open].map((r) => r.url()).join(', ')}`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    stop() {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}
