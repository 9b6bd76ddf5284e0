import { test, expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

/** A place with a weekly opening-hours table. */
const placePath = '/erleben/orte/reinoldikirche/';

/** The JSON-LD nodes of a page, flattened out of their @graph. */
async function jsonLdNodes(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => {
    const data = JSON.parse(b);
    return data['@graph'] ?? [data];
  });
}

test("a place page shows its hours as a table with today's row marked, and publishes them as openingHoursSpecification", async ({ page }) => {
  // Tuesday, 8 December 2026, 11:00 in Dortmund.
  await page.clock.setFixedTime(new Date('2026-12-08T11:00:00+01:00'));
  await page.goto(placePath);
  const facts = page.getByRole('region', { name: 'Besuch planen' });
  const table = facts.getByRole('table', { name: 'Öffnungszeiten nach Wochentag' });
  await expect(table.getByRole('row')).toHaveCount(7);

  const today = table.getByRole('row', { name: /Dienstag/ });
  await expect(today).toHaveAttribute('aria-current', 'date');
  await expect(today.getByRole('rowheader')).toHaveText('Dienstag (heute)');
  await expect(table.locator('tr[aria-current]')).toHaveCount(1);
  const hours = (await today.getByRole('cell').textContent())!.trim();
  await expect(facts.getByText(hours === 'geschlossen' ? 'Heute geschlossen' : `Heute geöffnet: ${hours}`)).toBeVisible();

  // The practical facts come before the long text.
  const factsTop = (await facts.boundingBox())!.y;
  const firstProseHeading = page.locator('.do-prose h2').first();
  expect(factsTop).toBeLessThan((await firstProseHeading.boundingBox())!.y);

  const place = (await jsonLdNodes(page)).find((n) => 'openingHoursSpecification' in n);
  expect(place).toBeTruthy();
  const specs = place!.openingHoursSpecification as { dayOfWeek?: string[]; opens: string; closes: string }[];
  const tuesday = specs.filter((s) => s.dayOfWeek?.includes('https://schema.org/Tuesday'));
  expect(tuesday.map((s) => `${s.opens}–${s.closes}`).join(', ')).toBe(hours);
});

test('without JavaScript the table is complete and nothing is marked', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(placePath);
  const table = page.getByRole('table', { name: 'Öffnungszeiten nach Wochentag' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.locator('tr[aria-current]')).toHaveCount(0);
  await expect(page.getByText(/^Heute (geöffnet|geschlossen)/)).toHaveCount(0);
  await context.close();
});

test('the English page marks the day in English', async ({ page }) => {
  // Sunday, 13 December 2026.
  await page.clock.setFixedTime(new Date('2026-12-13T15:00:00+01:00'));
  await page.goto('/en/visit/places/st-reinold-church/');
  const table = page.getByRole('region', { name: 'Plan your visit' }).getByRole('table', { name: 'Opening hours by day' });
  await expect(table.getByRole('row', { name: /Sunday/ })).toHaveAttribute('aria-current', 'date');
  await expect(table.getByRole('rowheader', { name: 'Sunday (today)' })).toBeVisible();
});

test('a place open by a monthly rule names the rule, its next days as expected, and lists them in openingHoursSpecification', async ({ page }) => {
  // Sunday, 20 December 2026: the third Sunday of the month.
  await page.clock.setFixedTime(new Date('2026-12-20T12:00:00+01:00'));
  await page.goto('/erleben/orte/nahverkehrsmuseum-dortmund/');
  const facts = page.getByRole('region', { name: 'Besuch planen' });
  const table = facts.getByRole('table', { name: 'Öffnungstage im Monat' });
  const rule = table.getByRole('row', { name: /Jeden dritten Sonntag im Monat/ });
  await expect(rule.getByRole('cell')).toHaveText('11:00–17:00');
  await expect(facts.getByText('Heute geöffnet: 11:00–17:00')).toBeVisible();

  // A third Sunday of a month is the 15th to the 21st.
  const thirdSunday = (iso: string) => {
    const d = new Date(`${iso}T12:00:00Z`);
    return d.getUTCDay() === 0 && d.getUTCDate() >= 15 && d.getUTCDate() <= 21;
  };
  const next = facts.getByText(/^Nächste Öffnungstage nach dieser Regel \(erwartet, nicht bestätigt\):/);
  await expect(next).toBeVisible();
  const place = (await jsonLdNodes(page)).find((n) => 'openingHoursSpecification' in n);
  const specs = place!.openingHoursSpecification as { dayOfWeek?: string[]; opens: string; closes: string; validFrom?: string; validThrough?: string }[];
  expect(specs.length).toBeGreaterThanOrEqual(11);
  for (const s of specs) {
    expect(s.dayOfWeek).toBeUndefined();
    expect(s.validFrom).toBe(s.validThrough);
    expect(thirdSunday(s.validFrom!), s.validFrom).toBe(true);
    expect(`${s.opens}–${s.closes}`).toBe('11:00–17:00');
  }

  // Any other day of the month the museum is closed.
  await page.clock.setFixedTime(new Date('2026-12-13T12:00:00+01:00'));
  await page.reload();
  await expect(facts.getByText('Heute geschlossen')).toBeVisible();
});

test('a venue without visiting hours says when it opens for its events, and claims no schedule', async ({ page }) => {
  await page.goto('/erleben/orte/opernhaus-dortmund/');
  const facts = page.getByRole('region', { name: 'Besuch planen' });
  await expect(facts.getByText('Geöffnet zu den Veranstaltungen: Einlass 1 Stunde vor Beginn.')).toBeVisible();
  await expect(facts.getByText(/Abendkasse öffnen eine Stunde vor jeder Vorstellung/)).toBeVisible();
  // No table, no "today" line, no openingHoursSpecification: there is no schedule to state.
  await expect(facts.getByRole('table')).toHaveCount(0);
  await expect(facts.getByText(/^Heute /)).toHaveCount(0);
  expect((await jsonLdNodes(page)).some((n) => 'openingHoursSpecification' in n)).toBe(false);

  await page.goto('/en/visit/places/signal-iduna-park-stadium/');
  await expect(page.getByRole('region', { name: 'Plan your visit' }).getByText('Open for its events: doors open 2.5 hours before the start.')).toBeVisible();
});

test('the map filters places by access need, exactly as the open data says', async ({ page, request }) => {
  const rows = parse(await (await request.get('/daten/orte.csv')).text(), { columns: true }) as { name: string; needs: string }[];
  await page.goto('/erleben/karte/');
  const list = page.getByRole('heading', { name: 'Orte in der Liste' }).locator('xpath=following-sibling::ul[1]');
  // The places arrive as small data files after the page has loaded.
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const total = await list.getByRole('listitem').count();
  const need = page.getByRole('combobox', { name: 'Zugänglich für' });
  const options = { wheelchair: 'Rollstuhl', walking: 'Gehbehinderung', seeing: 'Blind oder sehbehindert', hearing: 'Gehörlos oder schwerhörig', learning: 'Lernschwierigkeiten' };
  let narrowed = 0;
  for (const [value, label] of Object.entries(options)) {
    await need.selectOption({ label });
    await expect(page).toHaveURL(new RegExp(`need=${value}`));
    const expected = rows.filter((r) => r.needs.split(' ').includes(value)).map((r) => r.name);
    await expect(list.getByRole('listitem')).toHaveCount(expected.length);
    for (const name of expected) await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    if (expected.length > 0 && expected.length < total) narrowed++;
  }
  expect(narrowed).toBeGreaterThan(0);
  await expect(page.getByText('Gezeigt sind nur Orte, deren Angaben zum Zugang eine Quelle belegt')).toBeVisible();

  // The choice survives a reload through the address, and "Alle" brings every place back.
  await page.reload();
  await expect(need).toHaveValue('learning');
  await need.selectOption({ label: 'Alle' });
  await expect(list.getByRole('listitem')).toHaveCount(total);
});

test('the search offers the access need as a facet, and it narrows to the places that meet it', async ({ page, request }) => {
  const rows = parse(await (await request.get('/daten/orte.csv')).text(), { columns: true }) as { url: string; needs: string }[];
  const wheelchair = rows.filter((r) => r.needs.split(' ').includes('wheelchair')).map((r) => new URL(r.url).pathname);
  expect(wheelchair.length).toBeGreaterThan(0);
  await page.goto('/suche/?q=Dortmund');
  const facet = page.getByRole('combobox', { name: 'Zugänglich für' });
  await facet.selectOption('Rollstuhl');
  await expect(page).toHaveURL(/need=Rollstuhl/);
  const links = page.getByRole('list', { name: /Suchergebnisse/ }).getByRole('link');
  await expect(links.first()).toBeVisible();
  // The results follow the facet once the filtered search has answered.
  await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).filter((href) => !wheelchair.includes(href!))).toEqual([]);
});
