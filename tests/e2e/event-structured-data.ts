import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

/** Folders of the events sections that are not an event's or a series' page. */
const notEvents = ['kalender', 'calendar', 'archiv', 'archive', 'daten', 'data', 'heute', 'today', 'wochenende', 'weekend', 'naechste-7-tage', 'next-7-days', 'monat', 'month', 'melden', 'submit'];

/** The paths of every event and series page in both languages (about ninety with the real content). */
export function eventPagePaths(): Set<string> {
  return new Set(
    [['dist/veranstaltungen', '/veranstaltungen/'], ['dist/en/events', '/en/events/']].flatMap(([dir, base]) =>
      readdirSync(dir)
        .filter((f) => !f.includes('.') && !notEvents.includes(f))
        .map((slug) => `${base}${slug}/`),
    ),
  );
}

/**
 * The structured data of the event or series page open in `page` has the fields search engines
 * require, and no tentative date is published as an Event.
 */
export async function checkEventStructuredData(page: Page, path: string): Promise<void> {
  const graphs = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!)));
  const nodes = graphs.flatMap((g) => g['@graph'] ?? [g]);
  const series = nodes.find((n) => n['@type'] === 'EventSeries');
  const single = nodes.find((n) => n['@type'] === 'Event');
  const tentative = await page.getByText(/^(Termin erwartet|Date expected)$/).count();
  if (tentative > 0 && !series) {
    expect(single, `${path}: a tentative date must not be published as an Event`).toBeUndefined();
    return;
  }
  const events = series ? (series.subEvent ?? []) : [single];
  // A series whose dates are all expected has no dated sub-events; any other page has at least one.
  if (!(series && tentative > 0 && !series.subEvent)) expect(events.length, path).toBeGreaterThan(0);
  for (const event of events) {
    expect(event, path).toBeTruthy();
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
