import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

/**
 * Long lists continue on numbered pages (src/lib/pagination.ts, 24 cards a page): every entry is on
 * exactly one page, the pages are linked both ways, and only the first page is in the search index.
 */
const lists = [
  {
    locale: 'de',
    first: '/erleben/orte/',
    later: (n: number) => `/erleben/orte/seite/${n}/`,
    other: (n: number) => `/en/visit/places/page/${n}/`,
    nav: 'Seiten der Liste „Alle Orte“',
    next: 'Nächste Seite',
    previous: 'Vorherige Seite',
    status: (n: number, of: number) => `Seite ${n} von ${of}`,
    entries: readdirSync('content/places/de').length,
  },
  {
    locale: 'en',
    first: '/en/visit/places/',
    later: (n: number) => `/en/visit/places/page/${n}/`,
    other: (n: number) => `/erleben/orte/seite/${n}/`,
    nav: 'Pages of the list “All places”',
    next: 'Next page',
    previous: 'Previous page',
    status: (n: number, of: number) => `Page ${n} of ${of}`,
    entries: readdirSync('content/places/en').length,
  },
] as const;

/** Addresses of the place cards on a list page (the cards' heading links). */
async function cardLinks(page: Page) {
  return page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

for (const l of lists) {
  test(`${l.locale}: the list of places is split into pages of 24 that together hold every place once`, async ({ page }) => {
    const pages = Math.ceil(l.entries / 24);
    test.skip(pages < 2, 'the content has fewer than 25 places');
    const seen: string[] = [];
    await page.goto(l.first);
    for (let n = 1; n <= pages; n++) {
      const nav = page.getByRole('navigation', { name: l.nav });
      await expect(nav.getByText(l.status(n, pages))).toBeVisible();
      await expect(nav.getByRole('link', { name: String(n), exact: false }).and(page.locator('[aria-current="page"]'))).toHaveCount(1);
      const links = await cardLinks(page);
      expect(links.length, `page ${n}`).toBe(n < pages ? 24 : l.entries - 24 * (pages - 1));
      seen.push(...links);
      if (n > 1) {
        await expect(page).toHaveTitle(new RegExp(l.status(n, pages).replace(/^P/, '[Pp]')));
        // The same page of the list in the other language, both ways.
        await expect(page.locator('link[rel="alternate"][hreflang="' + (l.locale === 'de' ? 'en' : 'de') + '"]')).toHaveAttribute('href', new RegExp(`${l.other(n)}$`));
        // Later pages repeat cards that search finds on the places' own pages: not in the index.
        await expect(page.getByRole('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
      }
      if (n < pages) {
        await nav.getByRole('link', { name: l.next }).click();
        await expect(page).toHaveURL(new RegExp(`${l.later(n + 1)}$`));
      } else {
        await expect(nav.getByRole('link', { name: l.next })).toHaveCount(0);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(l.entries);
    expect(seen.every((href) => href.startsWith(l.first))).toBe(true);

    // Back by keyboard: "previous" is reachable with Tab and leads to the page before.
    const previous = page.getByRole('navigation', { name: l.nav }).getByRole('link', { name: l.previous });
    await previous.focus();
    await expect(previous).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${pages - 1 === 1 ? l.first : l.later(pages - 1)}$`));
  });
}

test('a page number that does not exist is not built', async ({ request }) => {
  const pages = Math.ceil(readdirSync('content/places/de').length / 24);
  expect((await request.get(`/erleben/orte/seite/${pages + 1}/`)).status()).toBe(404);
  expect((await request.get('/erleben/orte/seite/1/')).status()).toBe(404);
});

for (const l of [
  { events: '/veranstaltungen/', archive: '/veranstaltungen/archiv/', title: 'Vergangene Veranstaltungen', all: 'Alle vergangenen Veranstaltungen', recent: /Die letzten (\d+) von (\d+) vergangenen Veranstaltungen/ },
  { events: '/en/events/', archive: '/en/events/archive/', title: 'Past events', all: 'All past events', recent: /The latest (\d+) of (\d+) past events/ },
]) {
  test(`${l.events}: the latest three past events, and all of them newest first in the archive`, async ({ page }) => {
    await page.goto(l.events);
    const past = page.getByRole('region', { name: l.title });
    const shown = await past.getByRole('article').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(3);
    const summary = await past.getByText(l.recent).textContent().catch(() => null);
    const total = summary ? Number(l.recent.exec(summary)![2]) : shown.length;

    await past.getByRole('link', { name: l.all }).click();
    await expect(page).toHaveURL(new RegExp(`${l.archive}$`));
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible();
    const archive = await page
      .getByRole('main')
      .getByRole('article')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // One page of 24 holds the real calendar's past; the events page shows its beginning.
    expect(archive).toHaveLength(Math.min(total, 24));
    expect(archive.slice(0, shown.length)).toEqual(shown);
    const dates = await page.getByRole('main').getByRole('article').locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
  });
}

test('the culture overview shows the next six cultural dates at most and links the whole calendar', async ({ page }) => {
  for (const [path, region, link, target] of [
    ['/kultur/', 'Kultur im Kalender', 'Alle Termine im Veranstaltungskalender', '/veranstaltungen/'],
    ['/en/culture/', 'Culture in the calendar', 'All dates in the events calendar', '/en/events/'],
  ]) {
    await page.goto(path);
    const section = page.getByRole('region', { name: region });
    const count = await section.getByRole('article').count();
    expect(count, path).toBeGreaterThan(0);
    expect(count, path).toBeLessThanOrEqual(6);
    await expect(section.getByRole('link', { name: link })).toHaveAttribute('href', target);
  }
});

for (const l of [
  { path: '/erleben/barrierefrei-reisen/', heading: /^Barrierefreiheit der Orte in /, count: /: (\d+) Orte?$/, places: 'content/places/de', transit: 'Bus und Bahn:', pointer: 'Barrierefreiheit der Orte' },
  { path: '/en/visit/accessible-travel/', heading: /^Accessibility of the places in /, count: /: (\d+) places?$/, places: 'content/places/en', transit: 'Bus and train:', pointer: 'Accessibility of the places' },
]) {
  test(`${l.path}: the accessibility facts of every place, one page per district, linked from the district page`, async ({ page }) => {
    await page.goto(l.path);
    const index = page.getByRole('heading', { level: 2, name: /Barrierefreiheit der Orte|Accessibility by place/ }).locator('xpath=following-sibling::ul[1]');
    const items = await index.getByRole('listitem').allInnerTexts();
    const links = await index.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(1);
    const counts = items.map((text) => Number(l.count.exec(text)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(readdirSync(l.places).length);

    const seen: string[] = [];
    for (const [i, href] of links.entries()) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1, name: l.heading })).toBeVisible();
      // One region per place, named by its heading, with its facts and how to get there.
      const places = page.getByRole('main').getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) }).filter({ hasText: l.transit });
      await expect(places).toHaveCount(counts[i]);
      for (const place of await places.all()) {
        await expect(place.getByRole('listitem').first()).toBeVisible();
        await expect(place.getByText(l.transit)).toBeVisible();
        seen.push((await place.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href'))!);
      }
      // The district page, one step up in the breadcrumbs, leads here under its accessibility heading.
      const crumbs = page.getByRole('navigation', { name: /Brotkrumen|Breadcrumb/ }).getByRole('link');
      await page.goto((await crumbs.nth((await crumbs.count()) - 2).getAttribute('href'))!);
      const pointer = page.getByRole('heading', { level: 2, name: l.pointer, exact: true });
      await expect(pointer).toBeVisible();
      await expect(pointer.locator('xpath=following-sibling::p[1]').getByRole('link')).toHaveAttribute('href', href);
    }
    expect(new Set(seen).size).toBe(readdirSync(l.places).length);
  });
}
