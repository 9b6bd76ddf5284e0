import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { occurrencesIcalJs, occurrencesNodeIcal } from '../lib/icsOccurrences';

test('an event page offers its own .ics file, served as text/calendar and parseable', async ({ page, request }) => {
  await page.goto('/veranstaltungen/');
  // The finder replaces the server-rendered list once it has its data; take an event after that.
  await expect(page.getByRole('status').first()).toHaveText(/\d+ Termin/);
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  const ics = page.getByRole('link', { name: 'In den Kalender (.ics)' });
  const href = await ics.getAttribute('href');
  expect(href).toMatch(/^\/veranstaltungen\/[a-z0-9-]+\.ics$/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  // One event: a single date, or a series whose changed dates are overrides of the same UID.
  const events = calendar.getAllSubcomponents('vevent');
  expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(1);
  const masters = events.filter((e) => !e.hasProperty('recurrence-id'));
  expect(masters).toHaveLength(1);
  expect(masters[0].getFirstPropertyValue('summary')).toBe(await page.getByRole('heading', { level: 1 }).innerText());
});

test('the subscribable feeds carry every upcoming event and stay bounded to a window', async ({ page, request }) => {
  for (const [path, name, data] of [
    ['/veranstaltungen/', 'Alle Veranstaltungen', '/daten/veranstaltungen.json'],
    ['/en/events/', 'All events', '/en/data/events.json'],
  ] as const) {
    await page.goto(path);
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
    const text = await (await request.get(href!)).text();
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uids = new Set(vevents.map((v) => String(v.getFirstPropertyValue('uid'))));
    // Every upcoming date of the open data belongs to an event in the feed.
    const feed = await (await request.get(data)).json();
    const generated = new Date(feed.generated);
    for (const e of feed.events) expect([...uids].some((uid) => uid === `${e.event}@portal.dortmund` || uid.startsWith(`${e.event}-`)), `${path}: ${e.id}`).toBe(true);
    // Bounded: no single event that ended more than a month before the build.
    const monthAgo = new Date(generated.getTime() - 32 * 86_400_000);
    for (const v of vevents.filter((v) => !v.getFirstProperty('rrule') && !v.getFirstProperty('recurrence-id'))) {
      const end = new ICAL.Event(v).endDate.toJSDate();
      expect(end.getTime(), String(v.getFirstPropertyValue('uid'))).toBeGreaterThan(monthAgo.getTime());
    }
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(`${dir}/${f}`).isDirectory() ? walk(`${dir}/${f}`) : [`${dir}/${f}`]));
}

test('every .ics file of the build parses, with a VTIMEZONE wherever a TZID is used, and two parsers agree on its dates', () => {
  const files = walk('dist').filter((f) => f.endsWith('.ics'));
  expect(files.length).toBeGreaterThan(10);
  const from = new Date(Date.now() - 400 * 86_400_000);
  const to = new Date(Date.now() + 420 * 86_400_000);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(occurrencesNodeIcal(text, from, to), file).toEqual(occurrencesIcalJs(text, from, to));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length, file).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid'), file).toMatch(/@portal\.dortmund$/);
      expect(String(event.getFirstProperty('dtstamp')!.toICALString()), file).toMatch(/Z$/);
    }
    if (text.includes('TZID=Europe/Berlin')) expect(calendar.getFirstSubcomponent('vtimezone'), file).not.toBeNull();
    // A changed date of an expected series is itself expected (or cancelled), never confirmed.
    const tentativeSeries = new Set(events.filter((e) => e.hasProperty('rrule') && e.getFirstPropertyValue('status') === 'TENTATIVE').map((e) => e.getFirstPropertyValue('uid')));
    for (const override of events.filter((e) => e.hasProperty('recurrence-id') && tentativeSeries.has(e.getFirstPropertyValue('uid')))) {
      expect(String(override.getFirstPropertyValue('status')), `${file}: ${override.getFirstPropertyValue('uid')}`).toMatch(/^(TENTATIVE|CANCELLED)$/);
    }
  }
});

test('the finder filters the list and keeps its state in the URL', async ({ page }) => {
  await page.goto('/veranstaltungen/');
  // The finder has loaded its data when it says how many dates it found.
  await expect(page.getByRole('status')).toHaveText(/^\d+ Termin/);
  const articles = page.getByRole('main').getByRole('article');
  // The finder's list: month sections, not the past events or the feed list.
  const upcoming = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2, name: /\d{4}$/ }) })
    .getByRole('article');
  const all = await articles.count();
  await page.getByRole('radio', { name: 'Zeitraum wählen' }).check();
  await page.getByLabel('Von').fill('2027-04-01');
  await page.getByLabel('Bis').fill('2027-04-30');
  await expect(page).toHaveURL(/zeit=range&von=2027-04-01&bis=2027-04-30/);
  await expect(upcoming.first()).toBeVisible();
  for (const text of await upcoming.allInnerTexts()) expect(text).toMatch(/Apr/);
  await page.getByRole('radio', { name: 'Alle Termine' }).check();
  await page.getByRole('combobox', { name: 'Kategorie' }).selectOption('music');
  await expect(page).toHaveURL(/kategorie=music/);
  const music = await upcoming.allInnerTexts();
  for (const text of music) expect(text).toMatch(/Musik/i);

  // The state survives a reload: the URL is the state.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Kategorie' })).toHaveValue('music');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page).toHaveURL(/\/veranstaltungen\/$/);
  await expect(articles).toHaveCount(all);
});

test('the finder filters by an access need: only dates at venues whose sourced facts meet it', async ({ page, request }) => {
  const places = parse(await (await request.get('/daten/orte.csv')).text(), { columns: true }) as { name: string; needs: string }[];
  const step = new Set(places.filter((p) => p.needs.split(' ').includes('walking')).map((p) => p.name));
  expect(step.size).toBeGreaterThan(0);
  await page.goto('/veranstaltungen/?zugang=walking');
  await expect(page.getByRole('combobox', { name: 'Zugänglich für' })).toHaveValue('walking');
  await expect(page.getByRole('status')).toHaveText(/^\d+ Termin/);
  const shown = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2, name: /\d{4}$/ }) })
    .getByRole('article');
  await expect(shown.first()).toBeVisible();
  // The list the page was built with is replaced once the island has applied the filter: poll.
  const outside = async () => (await shown.allInnerTexts()).filter((text) => ![...step].some((title) => text.includes(title)));
  await expect.poll(outside, { message: 'dates at venues that do not meet the need' }).toEqual([]);
  expect(await shown.count()).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Zugänglich für' }).selectOption({ label: 'Alle' });
  await expect(page).toHaveURL(/\/veranstaltungen\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every upcoming date is on the list of its month, reachable from the events page by plain links', async ({ page, request }) => {
    // Every page of every month: about seventy pages with the real calendar's 1,500 upcoming dates.
    test.setTimeout(300_000);
    const feed = await (await request.get('/daten/veranstaltungen.json')).json();
    const months = new Set<string>(feed.events.map((e: { start: string }) => e.start.slice(0, 7)));
    // The month lists are linked from the events page (inside "Termine nach Monaten").
    await page.goto('/veranstaltungen/');
    await page.getByText('Termine nach Monaten').click();
    const link = page.getByRole('navigation', { name: 'Termine nach Zeitraum' }).getByRole('link', { name: new RegExp(`\\(\\d+\\)$`) });
    const hrefs = await link.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const month of months) {
      expect(hrefs).toContain(`/veranstaltungen/monat/${month}/`);
      // All pages of the month, by their numbered links.
      const titles: string[] = [];
      await page.goto(`/veranstaltungen/monat/${month}/`);
      const status = await page.getByText(/^Seite 1 von \d+$/).allInnerTexts();
      const pages = status.length ? Number(status[0].split(' ').at(-1)) : 1;
      for (let n = 1; n <= pages; n++) {
        if (n > 1) await page.goto(`/veranstaltungen/monat/${month}/seite/${n}/`);
        titles.push(...(await page.getByRole('main').getByRole('article').getByRole('heading').allInnerTexts()));
      }
      for (const e of feed.events.filter((e: { start: string }) => e.start.startsWith(month))) expect(titles, `${month}: ${e.id}`).toContain(e.title);
    }
  });
});

test('the open-data event feed carries its licence and matches the calendar', async ({ request }) => {
  for (const path of ['/daten/veranstaltungen.json', '/en/data/events.json']) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const feed = await response.json();
    expect(feed.licence.url).toBe('https://www.govdata.de/dl-de/by-2-0');
    expect(feed.count).toBe(feed.events.length);
    for (const e of feed.events) expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
  const places = await (await request.get('/daten/orte.geojson')).json();
  expect(places.type).toBe('FeatureCollection');
  for (const f of places.features) {
    const [lon, lat] = f.geometry.coordinates;
    expect(lat).toBeGreaterThan(51.41);
    expect(lat).toBeLessThan(51.61);
    expect(lon).toBeGreaterThan(7.3);
    expect(lon).toBeLessThan(7.64);
  }
});
