import { test, expect } from '@playwright/test';
import { occurrencesIcalJs, occurrencesNodeIcal } from '../lib/icsOccurrences';

/**
 * A real weekly series in the site built for 7 December 2026 (content/events: the Hansamarkt on
 * Saturdays, whose market rules cancel 26 December 2026 and move 1 May 2027 to the Friday before):
 * its page, the finder, the day views, open data and its .ics read by two parsers. The browser clock
 * is set to the build date, so that "today" is the same for page and finder.
 */
const title = 'Hansamarkt am Samstag – der große Wochenmarkt';
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T09:00:00Z'));
});

test('the series page lists its next dates with the cancellation and its later moved date', async ({ page }) => {
  await page.goto('/veranstaltungen/hansamarkt-wochenmarkt-samstag/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const next = page.getByRole('region', { name: 'Die nächsten Termine' });
  const items = next.getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(items.first()).toContainText('Sa., 12. Dezember 2026, 07:00 Uhr – 15:00 Uhr');
  await expect(items.nth(2)).toContainText('Abgesagt');
  await expect(items.nth(2)).toContainText('Fällt wegen der Feiertage aus');
  const later = next.getByRole('list').nth(1).getByRole('listitem');
  await expect(later.first()).toContainText('Fr., 30. April 2027, 07:00 Uhr – 15:00 Uhr');
  await expect(later.first()).toContainText('Verlegt');
  await expect(later.first()).toContainText('Ursprünglich Sa., 1. Mai 2027');
  // Structured data: an EventSeries whose dated subEvents each have a place, the cancellation marked.
  const nodes = (await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)))).flatMap((g) => g['@graph'] ?? [g]);
  const series = nodes.find((n) => n['@type'] === 'EventSeries');
  expect(series.subEvent).toHaveLength(12);
  expect(series.subEvent[2]).toMatchObject({ startDate: '2026-12-26T07:00:00+01:00', eventStatus: 'https://schema.org/EventCancelled', location: { name: expect.stringContaining('Hansaplatz') } });
  expect(nodes.filter((n) => n['@type'] === 'Event')).toEqual([]);
});

test('the finder shows the moved date at its new day, with its status and original date', async ({ page }) => {
  await page.goto('/veranstaltungen/?zeit=range&von=2027-04-26&bis=2027-05-02&kategorie=market');
  await expect(page.getByRole('status')).toHaveText(/^\d+ Termine$/);
  const series = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  const cards = page.getByRole('region', { name: 'April 2027' }).getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  await expect(cards).toHaveCount(1);
  await expect(series).toHaveCount(1);
  await expect(cards.first()).toContainText('Fr., 30. April 2027, 07:00 Uhr – 15:00 Uhr');
  await expect(cards.first()).toContainText('Verlegt');
  await expect(cards.first()).toContainText('Ursprünglich Sa., 1. Mai 2027');
  // The cancelled date stays visible, marked.
  await page.goto('/en/events/?zeit=range&von=2026-12-26&bis=2026-12-26');
  await expect(page.getByRole('region', { name: 'December 2026' }).getByRole('article').filter({ hasText: 'Hansamarkt on Saturdays' })).toContainText('Cancelled');
});

test('this weekend lists the Saturday market, with and without JavaScript', async ({ page, browser }) => {
  await page.goto('/veranstaltungen/wochenende/');
  await expect(page.getByRole('radio', { name: 'Dieses Wochenende' })).toBeChecked();
  await expect(page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) })).toContainText('Sa., 12. Dezember 2026');
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await plain.newPage();
  await noJs.goto(`${test.info().project.use.baseURL}/veranstaltungen/wochenende/`);
  await expect(noJs.getByRole('article').filter({ hasText: title })).toContainText('12. Dezember 2026');
  await plain.close();
});

test('its .ics carries RRULE and RECURRENCE-ID overrides, and ical.js and node-ical read the same dates', async ({ request }) => {
  const text = await (await request.get('/veranstaltungen/hansamarkt-wochenmarkt-samstag.ics')).text();
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA');
  expect(text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270501T070000');
  expect(text).toContain('BEGIN:VTIMEZONE');
  const from = new Date('2026-12-01T00:00:00Z');
  const to = new Date('2027-06-01T00:00:00Z');
  const a = occurrencesIcalJs(text, from, to);
  expect(occurrencesNodeIcal(text, from, to)).toEqual(a);
  expect(a).toContain('2026-12-26T06:00:00.000Z CANCELLED');
  expect(a).toContain('2027-04-30T05:00:00.000Z CONFIRMED');
  expect(a.some((s) => s.startsWith('2027-05-01'))).toBe(false);
  // Winter and summer time: 07:00 in Dortmund is 06:00 and 05:00 UTC.
  expect(a).toContain('2027-01-02T06:00:00.000Z CONFIRMED');
  expect(a).toContain('2027-04-03T05:00:00.000Z CONFIRMED');
  // The subscribable feed of all markets has the series' dates, and both parsers read it alike.
  const feed = await (await request.get('/veranstaltungen/kalender/kategorie-markt.ics')).text();
  const inFeed = occurrencesIcalJs(feed, from, to);
  expect(inFeed).toEqual(expect.arrayContaining(a));
  expect(occurrencesNodeIcal(feed, from, to)).toEqual(inFeed);
});

test('open data lists each date of the series, the moved one with its original start', async ({ request }) => {
  const feed = await (await request.get('/daten/veranstaltungen.json')).json();
  const dates = feed.events.filter((e: { event: string }) => e.event === 'hansamarkt-samstag');
  expect(dates.length).toBeGreaterThan(50);
  expect(dates.find((e: { start: string }) => e.start === '2027-04-30T07:00:00+02:00')).toMatchObject({ status: 'moved', originalStart: '2027-05-01T07:00:00+02:00', series: true });
  expect(dates.find((e: { start: string }) => e.start.startsWith('2027-05-01'))).toBeUndefined();
});
