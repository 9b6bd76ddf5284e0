/**
 * The partners' form "Veranstaltung melden" / "Submit an event": reachable from the calendar, errors
 * summarised and focused, the finished submission focused, a CSV file in the import layout and an
 * e-mail with the same data, axe clean in every state. The file's import is tested in
 * scripts/import/form.test.ts and tests/unit/import-e2e.test.ts.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';

async function expectNoAxeViolations(page: Page, state: string) {
  expect((await axeViolations(page)).violations, state).toEqual([]);
}

test('the calendar links the form, which checks entries and produces the file and the e-mail', async ({ page }) => {
  await page.goto('/veranstaltungen/');
  await page.getByRole('link', { name: 'Veranstaltung melden' }).click();
  await expect(page).toHaveURL(/\/veranstaltungen\/melden\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltung melden' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty form');

  const check = page.getByRole('button', { name: 'Angaben prüfen und Datei erstellen' });
  await check.click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' })).toBeVisible();
  await expectNoAxeViolations(page, 'form with errors');
  // A link in the summary takes the keyboard to its field, which says what is wrong.
  await summary.getByRole('link', { name: /Titel der Veranstaltung/ }).click();
  const title = page.getByRole('textbox', { name: /Titel der Veranstaltung/ });
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/mindestens 3 Zeichen/);

  await title.fill('Frühlingsfest mit Flohmarkt');
  await page.getByRole('textbox', { name: /Kurzbeschreibung/ }).fill('Stände von Nachbarn, Kuchen vom Verein und Musik auf der Wiese; Kinder verkaufen Spielzeug.');
  await page.getByRole('combobox', { name: /Art der Veranstaltung/ }).selectOption('market');
  await page.getByLabel(/^Datum/).fill('2027-05-15');
  await page.getByLabel(/^Beginn \(Uhrzeit\)/).fill('11:00');
  await page.getByLabel(/^Ende \(Uhrzeit\)/).fill('17:00');
  await page.getByRole('combobox', { name: /^Ort/ }).fill('Fredenbaumpark');
  await page.getByRole('checkbox', { name: /Eintritt frei für alle/ }).check();
  await page.getByRole('textbox', { name: /^Veranstalter/ }).fill('Testverein Nordstadt e. V.');
  await page.getByRole('textbox', { name: /Ihre E-Mail-Adresse/ }).fill('kontakt@test.invalid');
  await page.getByRole('textbox', { name: /Webseite mit Angaben/ }).fill('https://test.verein.invalid/fest');
  await page.getByRole('checkbox', { name: /Ich darf diese Angaben weitergeben/ }).check();
  await check.click();

  await expect(page.getByRole('heading', { name: 'Ihre Meldung ist fertig' })).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const download = page.getByRole('link', { name: 'Datei herunterladen (.csv)' });
  await expect(download).toHaveAttribute('download', 'formular-fruehlingsfest-mit-flohmarkt-2027-05-15.csv');
  const csv = decodeURIComponent((await download.getAttribute('href'))!.replace('data:text/csv;charset=utf-8,', ''));
  expect(csv).toMatch(/^\ufeffid;titel;beschreibung;beginn_datum;beginn_zeit;ende_datum;ende_zeit;ort;/);
  expect(csv).toContain('formular-fruehlingsfest-mit-flohmarkt-2027-05-15;Frühlingsfest mit Flohmarkt;');
  expect(csv).toContain(';15.05.2027;11:00;15.05.2027;17:00;Fredenbaumpark;');
  expect(csv).not.toContain('kontakt@test.invalid');
  const mailto = (await page.getByRole('link', { name: 'E-Mail an die Redaktion öffnen' }).getAttribute('href'))!;
  expect(mailto).toMatch(/^mailto:\?subject=/);
  const body = decodeURIComponent(mailto.split('&body=')[1]);
  expect(body).toContain('Titel der Veranstaltung: Frühlingsfest mit Flohmarkt');
  expect(body).toContain('Kontakt für Rückfragen: kontakt@test.invalid');
  expect(body).toContain(csv.replace(/^\ufeff/, '').trim());
  await expectNoAxeViolations(page, 'submission ready');
});

test('the English form says the same in English', async ({ page }) => {
  await page.goto('/en/events/');
  await page.getByRole('link', { name: 'Submit an event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Submit an event' })).toBeVisible();
  await page.getByRole('button', { name: 'Check and create the file' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Please check your entries' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Title of the event: The title needs at least 3 characters.');
  // The consent checkbox's label is a whole sentence; the summary names it briefly.
  await expect(page.getByRole('alert').getByRole('link', { name: 'Consent: Without your consent we cannot publish the event.' })).toBeVisible();
  await expectNoAxeViolations(page, 'English form with errors');
});
