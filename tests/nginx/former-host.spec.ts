import { test, expect } from '@playwright/test';
import base from '../../playwright.config';
import { port, watchCsp } from './helpers';

/**
 * A former host in Chromium: the browser resolves it to this machine, and nginx tells the sites apart
 * by the Host header, as in production.
 */
const launch = base.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--host-resolver-rules=MAP dortmund-tourismus.blog 127.0.0.1'] } });

test('a 410 on a former host shows the moved page with its styles and fonts, within the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`http://dortmund-tourismus.blog:${port}/2019/07/16/wochenendtipps-juli/`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite ist umgezogen');
  expect(failed, 'stylesheets and fonts load on the former host').toEqual([]);
  const font = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
  expect(font).toMatch(/Archivo/i);
  expect(await violations()).toEqual([]);
});
