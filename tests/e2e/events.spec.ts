import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';

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
  for (const [path, name] of [['/veranstaltungen/', 'Alle Veranstaltungen'], ['/en/events/', 'All events']] as const) {
    await page.goto(path);
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
    const text = await (await request.get(href!)).text();
    const uids = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    const cards = await page.getByRole('main').getByRole('article').count();
    expect(uids.length, path).toBe(cards);
    expect(new Set(uids).size).toBe(uids.length);
  }
});
