/**
 * iCalendar (RFC 5545) files for events, built with ical-generator: times in Europe/Berlin with a
 * VTIMEZONE block, a stable UID per event (the same in both languages, because it is the same event),
 * DTSTAMP from the entry's review date so that files only change when the event does, and
 * STATUS:CANCELLED for cancelled and STATUS:TENTATIVE for expected ones. A series is one VEVENT with
 * RRULE and EXDATE (in Europe/Berlin, so that clients keep the wall-clock time across the change
 * to and from summer time) and one VEVENT per changed occurrence with the same UID and a RECURRENCE-ID.
 * Folding and escaping are the library's job.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { timeZone } from './format';
import { icalRule } from './recurrence';
import type { EventStatus, Locale } from '../schemas/enums';

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
  /**
   * A series: the rule (RRULE value) and excluded dates (EXDATE), local times. Extra dates of a series
   * are written as events of their own (see toCalendarEvents): RDATE is valid iCalendar, but node-ical
   * and Google Calendar ignore it, and a date a visitor's calendar silently drops is worse than a second UID.
   */
  recurrence?: { rule: string; except?: string[] };
  /** Occurrences of the series that differ from the rule, by their original start. */
  overrides?: { recurrenceId: string; start: string; end?: string; status: EventStatus; note?: string }[];
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

/** DTSTART and DTEND; iCalendar all-day ends are exclusive: the day after the last day. */
function times(startLocal: string, endLocal?: string) {
  const allDay = !startLocal.includes('T');
  const start = berlinTime(startLocal);
  const end = endLocal ? (allDay ? berlinTime(endLocal).plus({ days: 1 }) : berlinTime(endLocal)) : allDay ? start.plus({ days: 1 }) : undefined;
  return { start, end };
}

/** RRULE and EXDATE lines of a series; dates in the series' own form (date or Berlin time). */
function recurrenceLines(start: string, r: NonNullable<CalendarEvent['recurrence']>): string {
  const allDay = !start.includes('T');
  const value = (local: string) => (allDay ? local.replaceAll('-', '') : `${local.replaceAll('-', '').replace(':', '')}00`);
  const property = (name: string, list: string[]) => `${name}${allDay ? ';VALUE=DATE' : `;TZID=${timeZone}`}:${list.map(value).join(',')}`;
  return [
    `RRULE:${icalRule(r.rule, start)}`,
    ...(r.except?.length ? [property('EXDATE', r.except)] : []),
  ].join('\n');
}

/** One calendar with the given events, as iCalendar text. */
export function buildCalendar(name: string, language: Locale, events: CalendarEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Stadt Dortmund', product: 'Dortmund Portal', language: language.toUpperCase() },
  });
  // A VTIMEZONE block for every TZID used, without moving DTSTAMP out of UTC.
  calendar.timezone({ name: null, generator: zoneBlock });
  for (const e of events) {
    const allDay = !e.start.includes('T');
    const common = {
      id: `${e.key}@${uidDomain}`,
      allDay,
      timezone: allDay ? undefined : timeZone,
      stamp: DateTime.fromJSDate(e.updated, { zone: 'utc' }),
      summary: e.title,
      location: e.location,
      url: e.url,
    };
    // ORGANIZER needs an e-mail address, which organisers do not publish; name them in the text.
    const description = (note?: string) => `${note ? `${note}\n\n` : ''}${e.description}\n\n${e.organiser}\n${e.url}`;
    calendar.createEvent({
      ...common,
      ...times(e.start, e.end),
      description: description(),
      status: statusMap[e.status],
      ...(e.recurrence ? { repeating: recurrenceLines(e.start, e.recurrence) } : {}),
    });
    for (const o of e.overrides ?? []) {
      calendar.createEvent({
        ...common,
        ...times(o.start, o.end),
        recurrenceId: berlinTime(o.recurrenceId),
        description: description(o.note),
        status: statusMap[o.status],
      });
    }
  }
  return calendar.toString();
}
