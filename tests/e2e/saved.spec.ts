import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

test('nothing is stored on the device until the visitor saves something', async ({ page }) => {
  await page.goto('/erleben/orte/zeche-zollern/');
  await expect(page.getByRole('button', { name: 'Auf die Merkliste' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

test('save, list, share, remove: a place and an event', async ({ page, context }) => {
  await page.goto('/erleben/orte/zeche-zollern/');
  const place = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('button', { name: 'Auf die Merkliste' }).click();
  await expect(page.getByRole('button', { name: 'Auf der Merkliste' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/veranstaltungen/');
  // The finder replaces the server-rendered list once it has its data; take an event after that.
  await expect(page.getByRole('status').first()).toHaveText(/\d+ Termin/);
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  const event = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByRole('button', { name: 'Auf die Merkliste' }).click();

  await page.getByRole('link', { name: 'Zur Merkliste' }).click();
  await expect(page).toHaveURL(/\/erleben\/merkliste\/$/);
  await expect(page.getByRole('status')).toContainText('2 Einträge');
  await expect(page.getByRole('link', { name: place })).toBeVisible();
  await expect(page.getByRole('link', { name: event })).toBeVisible();

  // The same list in English, by language-neutral ids.
  await page.goto('/en/visit/saved/');
  await expect(page.getByRole('status')).toContainText('2 entries');

  // Export: one calendar file with the saved event.
  await page.goto('/erleben/merkliste/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Kalenderdatei/ }).click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  // One event: a single date, or a series with its changed dates as overrides of the same UID.
  expect([...new Set(events.map((e) => e.getFirstPropertyValue('summary')))]).toEqual([event]);
  expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(1);

  // Share: a link that shows the same list on another device (a fresh context) without storing it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Link zum Teilen erzeugen' }).click();
  const link = await page.getByRole('textbox', { name: 'Link zu dieser Liste' }).inputValue();
  expect(link).toMatch(/\?liste=place:zeche-zollern,event:[a-z0-9-]+$/);
  const other = await context.browser()!.newPage();
  await other.goto(link);
  await expect(other.getByRole('link', { name: place })).toBeVisible();
  await expect(other.getByText('Diese Liste hat Ihnen jemand per Link geschickt.')).toBeVisible();
  expect(await other.evaluate(() => localStorage.length)).toBe(0);
  await other.close();

  // Remove both: the list is empty and the device keeps nothing.
  await page.getByRole('button', { name: `Entfernen: ${place}` }).click();
  await page.getByRole('button', { name: `Entfernen: ${event}` }).click();
  await expect(page.getByRole('status')).toContainText('Ihre Merkliste ist leer');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('save buttons are absent and the list page explains why', async ({ page }) => {
    await page.goto('/erleben/orte/zeche-zollern/');
    await expect(page.getByRole('button', { name: 'Auf die Merkliste' })).toHaveCount(0);
    await page.goto('/erleben/merkliste/');
    await expect(page.getByText('Die Merkliste braucht JavaScript')).toBeVisible();
  });
});
