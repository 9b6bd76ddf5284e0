import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage();
const seen = [];
page.on('response', async (r) => { try { const b = await r.body(); seen.push([r.url().replace('http://localhost:4321',''), r.headers()['content-type'], b.length]); } catch {} });
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
for (const s of seen) console.log(s.join('\t'));
await browser.close();
