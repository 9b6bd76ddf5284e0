/**
 * Structured data of events, series and festivals. The rule (tests/quality): no Event object without a
 * startDate and a located venue, and nothing `tentative` published as an Event, because a date that
 * only follows a rule is not a scheduled event. A series or festival is an EventSeries whose subEvents
 * are its dated, confirmed occurrences. Build-time only.
 */
import type { CollectionEntry } from 'astro:content';
import type { Event as SchemaEvent, EventSeries, Place } from 'schema-dts';
import type { EventStatus, Locale } from '../schemas/enums';
import { entryByKey, pathOf } from './entries';
import { berlinIso } from './format';
import type { Occurrence } from './recurrence';

const statusUrl = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
} as const;

/** The venue of an event as a schema.org Place with its postal address (at least the city). */
export async function eventPlace(d: CollectionEntry<'events'>['data'], locale: Locale): Promise<Place> {
  const venue = d.venue ? await entryByKey('places', d.venue, locale) : undefined;
  const address = (street?: string, postalCode?: string) => ({
    '@type': 'PostalAddress' as const,
    ...(street ? { streetAddress: street } : {}),
    ...(postalCode ? { postalCode } : {}),
    addressLocality: 'Dortmund',
    addressCountry: 'DE',
  });
  return venue
    ? { '@type': 'Place', name: venue.data.title, address: address(venue.data.address.street, venue.data.address.postalCode) }
    : { '@type': 'Place', name: d.location?.name ?? 'Dortmund', address: address(d.location?.address?.street, d.location?.address?.postalCode) };
}

/** Whether an occurrence may be published as an Event: it has a date that its organiser confirmed. */
export const publishable = (status: EventStatus): status is Exclude<EventStatus, 'tentative'> => status !== 'tentative';

/** One dated occurrence as an Event (call only for publishable ones). */
export function occurrenceEvent(
  entry: CollectionEntry<'events'>,
  occurrence: Occurrence,
  place: Place,
  site: URL,
  extra: Partial<Record<'image' | 'offers' | 'organizer' | 'isAccessibleForFree', unknown>> = {},
): SchemaEvent {
  const d = entry.data;
  if (!publishable(occurrence.status)) throw new Error(`${entry.filePath}: a tentative date must not be published as an Event`);
  return {
    '@type': 'Event',
    name: d.title,
    description: occurrence.note ? `${occurrence.note}. ${d.description}` : d.description,
    url: new URL(pathOf('events', entry), site).href,
    startDate: berlinIso(occurrence.start),
    ...(occurrence.end ? { endDate: berlinIso(occurrence.end) } : {}),
    eventStatus: statusUrl[occurrence.status],
    ...(occurrence.status === 'moved' && occurrence.id !== occurrence.start ? { previousStartDate: berlinIso(occurrence.id) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place,
    ...(extra as object),
  } as SchemaEvent;
}

/** A series of dated events (a recurring entry or a festival's editions). */
export function eventSeries(fields: { name: string; description: string; url: string; organizer: { name: string; url?: string } }, subEvents: SchemaEvent[]): EventSeries {
  return {
    '@type': 'EventSeries',
    name: fields.name,
    description: fields.description,
    url: fields.url,
    organizer: { '@type': 'Organization', name: fields.organizer.name, ...(fields.organizer.url ? { url: fields.organizer.url } : {}) },
    ...(subEvents.length ? { subEvent: subEvents } : {}),
  };
}
