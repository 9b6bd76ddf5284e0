import { test, expect } from '@playwright/test';

test('German search finds German pages through ?q= and writes the query back to the URL', async ({ page }) => {
  await page.goto('/suche/?q=Zeche');
  const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await expect(field).toHaveValue('Zeche');
  const results = page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/Treffer für „Zeche“/);
  // Every result is a German page.
  for (const href of await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).not.toMatch(/^\/en\//);
  }

  await field.fill('Fußballmuseum');
  await expect(page).toHaveURL(/\?q=Fu%C3%9Fballmuseum$/);
  await expect(page.getByRole('status')).toContainText('Fußballmuseum');
});

test('a German word is found on German pages only', async ({ page }) => {
  const resultLinks = () =>
    page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // "Fördergerüst" (headframe) is a German word that German pages use.
  await page.goto('/suche/?q=F%C3%B6rdergerüst');
  await expect(page.getByRole('status')).toContainText(/\d+ Treffer/);
  // The first four results show at once and the rest follow, so the list is read until it holds the page.
  await expect.poll(resultLinks).toContain('/erleben/orte/zeche-zollern/');
  const german = await resultLinks();
  expect(german.every((href) => !href!.startsWith('/en/'))).toBe(true);

  // The English search loads the English index only: whatever it finds, no German page is among it.
  await page.goto('/en/search/?q=F%C3%B6rdergerüst');
  await expect(page.getByRole('status')).toHaveText(/results? for|No results/);
  const english = await page.getByRole('main').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(english.filter((href) => german.includes(href))).toEqual([]);
});

test('English search finds English pages', async ({ page }) => {
  await page.goto('/en/search/?q=colliery');
  await expect(page.getByRole('status')).toContainText(/results? for “colliery”/);
  const hrefs = await page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
});

test('the keyboard moves from the field into the results and back', async ({ page }) => {
  await page.goto('/suche/');
  const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await field.fill('Dortmund');
  const links = page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('link');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
});

test('every place can be found by its name', async ({ page }) => {
  test.setTimeout(180_000);
  const { readdirSync, readFileSync } = await import('node:fs');
  for (const file of readdirSync('content/places/de')) {
    const text = readFileSync(`content/places/de/${file}`, 'utf8');
    const title = /^title: (.+)$/m.exec(text)![1].replace(/^"|"$/g, '');
    const url = `/erleben/orte/${file.replace(/\.md$/, '')}/`;
    await page.goto(`/suche/?q=${encodeURIComponent(title)}`);
    const links = page.getByRole('list', { name: /Suchergebnisse|Search results/ }).getByRole('link');
    await expect(links.first()).toBeVisible();
    // Results beyond the first four follow the first paint, so the top five are read until they hold it.
    await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 5), { message: title }).toContain(url);
  }
});

test('the header search opens a search dialog on any page; Escape closes it and focus returns', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/impressum/');
  // Nothing of the search is loaded before the visitor asks for it: no script, no strings, no styles.
  expect(requested.filter((u) => /pagefind|SiteSearch|preact|\/suche\/dialog\.json|search\.[^/]*\.css/.test(u))).toEqual([]);
  expect(await page.locator('style').evaluateAll((els) => els.some((e) => e.textContent!.includes('do-search__')))).toBe(false);
  const field = page.getByRole('search', { name: 'Schnellsuche' }).getByRole('searchbox');
  await field.fill('Kokerei');
  await field.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Suche' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/impressum\/$/);
  const results = dialog.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect.poll(() => results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/erleben/orte/kokerei-hansa/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(field).toBeFocused();
});

test('when the dialog cannot load the search, the header search goes to the search page instead', async ({ page }) => {
  await page.route(/\/suche\/dialog\.json$/, (route) => route.abort());
  await page.goto('/impressum/');
  const field = page.getByRole('search', { name: 'Schnellsuche' }).getByRole('searchbox');
  await field.fill('Kokerei');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Kokerei$/);
  await expect(page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link', { name: /Kokerei Hansa/ }).first()).toBeVisible();
});

test("the search dialog is styled: its field has the search page's look once the stylesheet has loaded", async ({ page }) => {
  await page.goto('/en/');
  const field = page.getByRole('search', { name: 'Quick search' }).getByRole('searchbox');
  await field.fill('colliery');
  await field.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const inner = dialog.getByRole('searchbox', { name: 'Search term' });
  await expect(inner).toBeVisible();
  // search.css gives the field a 2 px border and a minimum height of 3.25rem (52 px).
  expect(await inner.evaluate((el) => parseFloat(getComputedStyle(el).minHeight))).toBe(52);
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', /^\/en\//);
});

test('a misspelt search without results offers a correction that finds the page', async ({ page }) => {
  await page.goto('/suche/?q=Fusballmuseum');
  const status = page.getByRole('status');
  await expect(status).toContainText('Keine Treffer für „Fusballmuseum“. Meinten Sie „Fußballmuseum“?');
  await page.getByRole('link', { name: 'Fußballmuseum' }).click();
  await expect(page).toHaveURL(/\/suche\/\?q=Fu%C3%9Fballmuseum$/);
  const first = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/erleben/orte/deutsches-fussballmuseum/');
});

test('English searches get corrections too, also by German names, and nonsense gets none', async ({ page }) => {
  await page.goto('/en/search/?q=Fusballmuseum');
  await page.getByRole('link', { name: 'Fußballmuseum' }).click();
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', /\/en\/visit\/places\/german-football-museum\/$/);
  await page.goto('/suche/?q=Qwxyzz');
  await expect(page.getByRole('status')).toContainText('Keine Treffer für „Qwxyzz“');
  await expect(page.getByRole('status')).not.toContainText('Meinten Sie');
});

test('text typed before the search island has loaded is searched, not wiped', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SiteSearch\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/suche/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Kokerei');
  release();
  await expect(page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Kokerei');
  await expect(page).toHaveURL(/\?q=Kokerei$/);
});
