import { test, expect } from '@playwright/test';
import { calendarPageSize } from '../../src/lib/pagination';
import ICAL from 'ical.js';
import { readdirSync, statSync } from 'node:fs';

/**
 * The calendar's honest status, its day views and its data: a date that only follows a rule is shown
 * as expected everywhere; today, this weekend and the next seven days are pages of their own, linked
 * from the home page; the finder loads small monthly files, not every event.
 */

test('a tentative date is shown as expected on its page, in the finder, in iCalendar and open data, and is no Event', async ({ page, request }) => {
  for (const [path, label, data] of [
    ['/veranstaltungen/mayday-2027/', 'Termin erwartet', '/daten/veranstaltungen.json'],
    ['/en/events/mayday-2027/', 'Date expected', '/en/data/events.json'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('main').getByText(label, { exact: true }).first()).toBeVisible();
    const nodes = (await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)))).flatMap((g) => g['@graph'] ?? [g]);
    expect(nodes.filter((n) => n['@type'] === 'Event')).toEqual([]);
    const ics = await page.getByRole('link', { name: /\.ics\)$/ }).getAttribute('href');
    const vevent = new ICAL.Component(ICAL.parse(await (await request.get(ics!)).text())).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
    const feed = await (await request.get(data)).json();
    expect(feed.events.find((e: { event: string }) => e.event === 'mayday-2027').status).toBe('tentative');
  }
  // In the finder, with the date range of the night.
  await page.goto('/veranstaltungen/?zeit=range&von=2027-04-30&bis=2027-04-30');
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: 'Mayday 2027 in den Westfalenhallen' }) });
  await expect(card.getByText('Termin erwartet')).toBeVisible();
});

test('the home page links today, this weekend and the next seven days; each is a page of its own', async ({ page }) => {
  for (const [home, names] of [
    ['/', ['Heute', 'Dieses Wochenende', 'Nächste 7 Tage']],
    ['/en/', ['Today', 'This weekend', 'Next 7 days']],
  ] as const) {
    for (const name of names) {
      await page.goto(home);
      await page.getByRole('region', { name: /Demnächst|Coming up|What/ }).getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The finder takes the page's period and shows the dates for the visitor's own date.
      await expect(page.getByRole('radio', { name, exact: true })).toBeChecked();
      await expect(page.getByRole('status')).toHaveText(/^(\d+ (Termin|date)|Keine|No dates)/);
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the day views list the dates of their days for the build date', async ({ page, request }) => {
    const feed = await (await request.get('/daten/veranstaltungen.json')).json();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(feed.generated));
    const inSeven = new Date(`${today}T12:00:00Z`);
    inSeven.setUTCDate(inSeven.getUTCDate() + 6);
    const last = inSeven.toISOString().slice(0, 10);
    const expected = feed.events.filter((e: { start: string; end: string | null }) => e.start.slice(0, 10) <= last && (e.end ?? e.start).slice(0, 10) >= today);
    await page.goto('/veranstaltungen/naechste-7-tage/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die nächsten 7 Tage in Dortmund');
    const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allInnerTexts();
    if (expected.length === 0) await expect(page.getByText('Für diesen Zeitraum sind keine Termine eingetragen.')).toBeVisible();
    for (const e of expected.slice(0, calendarPageSize)) expect(titles).toContain(e.title);
  });
});

test('the finder loads only the months it needs, each request under 30 KB gzipped', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/veranstaltungen/daten/')) requested.push(new URL(r.url()).pathname);
  });
  await page.goto('/veranstaltungen/?zeit=today');
  await expect(page.getByRole('status')).toHaveText(/^(\d+ Termin|Keine)/);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()).slice(0, 7);
  expect(requested.every((p) => p.startsWith(`/veranstaltungen/daten/${month}-`))).toBe(true);
  // Every data file of the build, compressed as served.
  for (const dir of ['dist/veranstaltungen/daten', 'dist/en/events/data']) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const gz = `${dir}/${f}.gz`;
      const size = statSync(gz, { throwIfNoEntry: false })?.size ?? statSync(`${dir}/${f}`).size;
      expect(size, f).toBeLessThanOrEqual(30 * 1024);
    }
  }
});
