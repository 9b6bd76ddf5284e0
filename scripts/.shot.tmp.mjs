import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', segments = '1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const w = Number(width); const segH = w < 600 ? 1400 : 1100;
const page = await browser.newPage({ viewport: { width: w, height: 900 } });
await page.goto(url, { waitUntil: 'networkidle' });
for (let y = 0; y < 20000; y += 600) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(30); }
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForLoadState('networkidle');
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0; i < Number(segments) && i * segH < height; i++) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y: i * segH, width: w, height: Math.min(segH, height - i * segH) } });
}
console.log('height', height);
await browser.close();
