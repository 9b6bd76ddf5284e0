/**
 * iCalendar (RFC 5545) files for events, built with ical-generator: times in Europe/Berlin with a
 * VTIMEZONE block, a stable UID per event (the same in both languages, because it is the same event),
 * DTSTAMP from the entry's review date so that files only change when the event does, and
 * STATUS:CANCELLED for cancelled events. Folding and escaping are the library's job.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { timeZone } from './format';
import type { EventStatus } from '../schemas/enums';

export interface CalendarEvent {
  key: string;
  title: string;
  description: string;
  /** Local Dortmund time "YYYY-MM-DDTHH:mm" or a date "YYYY-MM-DD" for all-day events. */
  start: string;
  end?: string;
  status: EventStatus;
  location: string;
  url: string;
  organiser: string;
  /** Date of the last change (the entry's review date). */
  updated: Date;
}

/** Domain part of UIDs: stable, and not tied to the host the site is served from. */
export const uidDomain = 'portal.dortmund';

const statusMap = {
  scheduled: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  moved: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/*
 * Each event is in several files (its own, the whole calendar, its pillar's and its category's), so
 * the Dortmund times and the time-zone block are worked out once per build, not once per file.
 */
const zonedTimes = new Map<string, DateTime>();
function berlinTime(local: string): DateTime {
  let time = zonedTimes.get(local);
  if (!time) zonedTimes.set(local, (time = DateTime.fromISO(local, { zone: timeZone })));
  return time;
}
const zoneBlocks = new Map<string, string>();
function zoneBlock(tz: string): string {
  let block = zoneBlocks.get(tz);
  if (block === undefined) zoneBlocks.set(tz, (block = tzlib_get_ical_block(tz)[0]));
  return block;
}

/** One calendar with the given events, as iCalendar text. */
export function buildCalendar(name: string, language: 'de' | 'en', events: CalendarEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Stadt Dortmund', product: 'Dortmund Portal', language: language.toUpperCase() },
  });
  // A VTIMEZONE block for every TZID used, without moving DTSTAMP out of UTC.
  calendar.timezone({ name: null, generator: zoneBlock });
  for (const e of events) {
    const allDay = !e.start.includes('T');
    const start = berlinTime(e.start);
    // iCalendar all-day ends are exclusive: the day after the last day.
    const end = e.end ? (allDay ? berlinTime(e.end).plus({ days: 1 }) : berlinTime(e.end)) : allDay ? start.plus({ days: 1 }) : undefined;
    calendar.createEvent({
      id: `${e.key}@${uidDomain}`,
      start,
      end,
      allDay,
      timezone: allDay ? undefined : timeZone,
      stamp: DateTime.fromJSDate(e.updated, { zone: 'utc' }),
      summary: e.title,
      // ORGANIZER needs an e-mail address, which organisers do not publish; name them in the text.
      description: `${e.description}\n\n${e.organiser}\n${e.url}`,
      location: e.location,
      url: e.url,
      status: statusMap[e.status],
    });
  }
  return calendar.toString();
}
