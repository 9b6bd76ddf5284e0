import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';

test('an event page offers its own .ics file, served as text/calendar and parseable', async ({ page, request }) => {
  await page.goto('/veranstaltungen/');
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  const ics = page.getByRole('link', { name: 'In den Kalender (.ics)' });
  const href = await ics.getAttribute('href');
  expect(href).toMatch(/^\/veranstaltungen\/[a-z0-9-]+\.ics$/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  expect(events[0].getFirstPropertyValue('summary')).toBe(await page.getByRole('heading', { level: 1 }).innerText());
});

test('the calendar lists subscribable feeds that contain every event', async ({ page, request }) => {
  for (const [path, name, archive, pastTitle] of [
    ['/veranstaltungen/', 'Alle Veranstaltungen', '/veranstaltungen/archiv/', 'Vergangene Veranstaltungen'],
    ['/en/events/', 'All events', '/en/events/archive/', 'Past events'],
  ] as const) {
    await page.goto(path);
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
    const text = await (await request.get(href!)).text();
    const uids = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    // Every event: the upcoming ones on the events page (outside the section of recent past events)
    // and the past ones in the archive (one page of 24 holds the real calendar's past).
    const all = await page.getByRole('main').getByRole('article').count();
    const recentPast = await page.getByRole('region', { name: pastTitle }).getByRole('article').count();
    await page.goto(archive);
    const past = await page.getByRole('main').getByRole('article').count();
    expect(uids.length, path).toBe(all - recentPast + past);
    expect(new Set(uids).size).toBe(uids.length);
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(`${dir}/${f}`).isDirectory() ? walk(`${dir}/${f}`) : [`${dir}/${f}`]));
}

test('every .ics file of the build parses, with a VTIMEZONE wherever a TZID is used', () => {
  const files = walk('dist').filter((f) => f.endsWith('.ics'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length, file).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid'), file).toMatch(/@portal\.dortmund$/);
      expect(String(event.getFirstProperty('dtstamp')!.toICALString()), file).toMatch(/Z$/);
    }
    if (text.includes('TZID=Europe/Berlin')) expect(calendar.getFirstSubcomponent('vtimezone'), file).not.toBeNull();
  }
});

test('the structured data of every event page has the fields search engines require', async ({ page }) => {
  for (const [dir, base] of [['dist/veranstaltungen', '/veranstaltungen/'], ['dist/en/events', '/en/events/']]) {
    const slugs = readdirSync(dir).filter((f) => !f.includes('.') && !['kalender', 'calendar', 'archiv', 'archive'].includes(f));
    for (const slug of slugs) {
      await page.goto(`${base}${slug}/`);
      const graphs = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
      const event = graphs.flatMap((g) => g['@graph'] ?? [g]).find((n) => n['@type'] === 'Event');
      expect(event, slug).toBeTruthy();
      expect(event.name).toBeTruthy();
      expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      expect(event.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Rescheduled)$/);
      expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
      expect(event.location['@type']).toBe('Place');
      expect(event.location.address['@type']).toBe('PostalAddress');
      expect(event.offers['@type']).toBe('Offer');
      expect(event.organizer.name).toBeTruthy();
      expect(event.image).toMatch(/\.png$/);
    }
  }
});

test('the finder filters the list and keeps its state in the URL', async ({ page }) => {
  await page.goto('/veranstaltungen/');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the events page lists every upcoming event with a plain link', async ({ page, request }) => {
    const feed = await (await request.get('/daten/veranstaltungen.json')).json();
    await page.goto('/veranstaltungen/');
    for (const event of feed.events) {
      await expect(page.getByRole('link', { name: event.title, exact: true }).first()).toBeVisible();
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
