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

export interface CalendarEvent {
  key: string;
  title: string;
  description: string;
  /** Local Dortmund time "YYYY-MM-DDTHH:mm" or a date "YYYY-MM-DD" for all-day events. */
  start: string;
  end?: string;
  status: 'scheduled' | 'cancelled' | 'moved';
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
  moved: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** One calendar with the given events, as iCalendar text. */
export function buildCalendar(name: string, language: 'de' | 'en', events: CalendarEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Stadt Dortmund', product: 'Dortmund Portal', language: language.toUpperCase() },
  });
  // A VTIMEZONE block for every TZID used, without moving DTSTAMP out of UTC.
  calendar.timezone({ name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] });
  for (const e of events) {
    const allDay = !e.start.includes('T');
    const start = DateTime.fromISO(e.start, { zone: timeZone });
    // iCalendar all-day ends are exclusive: the day after the last day.
    const end = e.end ? DateTime.fromISO(e.end, { zone: timeZone }).plus(allDay ? { days: 1 } : {}) : allDay ? start.plus({ days: 1 }) : undefined;
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
