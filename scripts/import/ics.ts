/**
 * iCalendar feeds (RFC 5545) read with ical.js: single events, series (RRULE, RDATE, EXDATE) with
 * their overrides (VEVENTs with RECURRENCE-ID), VTIMEZONE definitions, cancellations (STATUS:CANCELLED
 * on a whole event or one occurrence), all-day dates and floating times (read as Europe/Berlin).
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { ImportLanguage as Locale } from './model';
import type { EventStatus, ImportProblem, OccurrenceException, ParseResult, Recurrence } from './model';
import { normalize, type RawEvent } from './normalize';
import { localFromInstant, zone } from './time';

export interface ParseOptions {
  source: string;
  lang: Locale;
  /** At most this many events (VEVENTs, JSON-LD items, CSV rows) per feed. */
  maxEvents: number;
}

type Time = ICAL.Time;

/** Local Berlin time of an ical.js time, with a note when it had to be interpreted. */
function localOf(time: Time, notes: string[], what: string, tzidParam?: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return date;
  const wall = `${date} ${pad(time.hour)}:${pad(time.minute)}`;
  const tzid = tzidParam ?? (time as { timezone?: string }).timezone ?? (time.zone as { tzid?: string } | undefined)?.tzid;
  if (time.zone === ICAL.Timezone.utcTimezone || tzid === 'UTC' || tzid === 'Z') {
    return localFromInstant(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  }
  if (!tzid || tzid === 'floating') {
    notes.push(`${what} had no time zone (floating) and was read as Europe/Berlin`);
    return wall;
  }
  if (tzid === zone) return wall;
  // An IANA zone name: luxon's rules. Otherwise (e.g. "W. Europe Standard Time") the feed's VTIMEZONE.
  const inZone = DateTime.fromObject({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute }, { zone: tzid });
  if (inZone.isValid) return inZone.setZone(zone).toFormat('yyyy-MM-dd HH:mm');
  if (time.zone && (time.zone as { component?: unknown }).component) return localFromInstant(time.toUnixTime() * 1000);
  notes.push(`${what} used the unknown time zone "${tzid}" and was read as Europe/Berlin`);
  return wall;
}

/** Local time of a date-time property, reading its TZID parameter even when the feed lacks a VTIMEZONE for it. */
function localOfProp(prop: ICAL.Property, notes: string[], what: string, value?: Time): string {
  const tzid = prop.getParameter('tzid');
  return localOf(value ?? (prop.getFirstValue() as Time), notes, what, typeof tzid === 'string' ? tzid : undefined);
}

/** The RRULE value with UNTIL in local Dortmund time, as the event model writes it. */
function ruleText(prop: ICAL.Property, notes: string[]): string {
  const recur = prop.getFirstValue() as ICAL.Recur;
  const text = recur.toString();
  if (!recur.until) return text;
  const until = recur.until.isDate
    ? `${recur.until.year}${String(recur.until.month).padStart(2, '0')}${String(recur.until.day).padStart(2, '0')}`
    : localOf(recur.until, notes, 'UNTIL', recur.until.zone === ICAL.Timezone.utcTimezone ? 'UTC' : undefined).replace(/[-:]/g, '').replace(' ', 'T') + '00';
  return text.replace(/UNTIL=[^;]+/, `UNTIL=${until}`);
}

function statusOf(vevent: ICAL.Component): EventStatus {
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'TENTATIVE') return 'tentative';
  return 'scheduled';
}

function textProp(vevent: ICAL.Component, name: string): string | undefined {
  const value = vevent.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value);
}

/** Line numbers (1-based) of each BEGIN:VEVENT, for positions in reports. */
function veventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

/** Where ical.js stopped: the line of the text it quotes in its message, if it can be found. */
function errorPosition(text: string, message: string): string {
  const quoted = [...message.matchAll(/"([^"]{3,})"/g)].at(-1)?.[1];
  if (quoted) {
    const index = text.split(/\r?\n/).findIndex((line) => line.includes(quoted.trim()));
    if (index >= 0) return `line ${index + 1}`;
  }
  return 'feed';
}

function eventEnd(vevent: ICAL.Component, event: ICAL.Event, notes: string[]): string | undefined {
  if (!vevent.hasProperty('dtend') && !vevent.hasProperty('duration')) return undefined;
  const end = event.endDate;
  const tzid = (vevent.getFirstProperty('dtend') ?? vevent.getFirstProperty('dtstart'))?.getParameter('tzid');
  if (end.isDate) {
    // DTEND of an all-day event is exclusive: the day after the last day.
    const last = end.clone();
    last.adjust(-1, 0, 0, 0);
    return localOf(last, notes, 'DTEND');
  }
  return localOf(end, notes, 'DTEND', typeof tzid === 'string' ? tzid : undefined);
}

export function parseIcs(text: string, options: ParseOptions): ParseResult {
  const rejected: ImportProblem[] = [];
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    const message = (error as Error).message;
    return { events: [], rejected: [{ source: options.source, position: errorPosition(text, message), reason: `iCalendar could not be parsed: ${message}`, whole: true }] };
  }
  if (root.name !== 'vcalendar') {
    return { events: [], rejected: [{ source: options.source, position: 'feed', reason: 'not an iCalendar file (no VCALENDAR)', whole: true }] };
  }
  const vevents = root.getAllSubcomponents('vevent');
  const lines = veventLines(text);
  if (vevents.length > options.maxEvents) {
    return {
      events: [],
      rejected: [{ source: options.source, position: `VEVENT ${options.maxEvents + 1} (line ${lines[options.maxEvents] ?? '?'})`, reason: `feed has ${vevents.length} events, more than the limit of ${options.maxEvents}; nothing was taken from it`, whole: true }],
    };
  }
  const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase();
  const position = (i: number, uid?: string) => `VEVENT ${i + 1} (line ${lines[i] ?? '?'}${uid ? `, UID ${uid}` : ''})`;

  // Overrides of single occurrences, by UID.
  const overrides = new Map<string, { vevent: ICAL.Component; index: number }[]>();
  const masters = new Map<string, number>();
  vevents.forEach((vevent, index) => {
    const uid = textProp(vevent, 'uid');
    if (!uid) return;
    if (vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), { vevent, index }]);
    else masters.set(uid, index);
  });

  const raws: RawEvent[] = [];
  vevents.forEach((vevent, index) => {
    const uid = textProp(vevent, 'uid');
    try {
      if (!uid) throw new Error('has no UID');
      const isOverride = vevent.hasProperty('recurrence-id');
      const masterIndex = masters.get(uid);
      // An override whose series is in the feed becomes an exception of that series (below).
      if (isOverride && masterIndex !== undefined && vevents[masterIndex].hasProperty('rrule')) return;
      const notes: string[] = [];
      const event = new ICAL.Event(vevent);
      if (!vevent.hasProperty('dtstart')) throw new Error('has no DTSTART');
      const start = localOfProp(vevent.getFirstProperty('dtstart')!, notes, 'DTSTART', event.startDate);
      const end = eventEnd(vevent, event, notes);
      let recurrence: Recurrence | undefined;
      const rrule = vevent.getFirstProperty('rrule');
      if (rrule) {
        recurrence = { rule: ruleText(rrule, notes) };
        const locals = (name: string) => vevent.getAllProperties(name).flatMap((p) => (p.getValues() as Time[]).map((t) => localOfProp(p, notes, name.toUpperCase(), t)));
        const dates = locals('rdate');
        const except = locals('exdate');
        if (dates.length) recurrence.dates = dates;
        if (except.length) recurrence.except = except;
        const exceptions: OccurrenceException[] = [];
        for (const { vevent: o } of overrides.get(uid) ?? []) {
          const oe = new ICAL.Event(o);
          const date = localOfProp(o.getFirstProperty('recurrence-id')!, notes, 'RECURRENCE-ID');
          const oStart = localOfProp(o.getFirstProperty('dtstart')!, notes, 'DTSTART', oe.startDate);
          const oEnd = eventEnd(o, oe, notes);
          const status = statusOf(o);
          const exception: OccurrenceException = { date, status };
          if (status !== 'cancelled') {
            if (oStart.slice(0, 10) !== date.slice(0, 10)) exception.status = 'moved';
            if (oStart !== date) exception.start = oStart;
            if (oEnd) exception.end = oEnd;
          }
          const summary = textProp(o, 'summary');
          if (summary && summary !== textProp(vevent, 'summary')) exception.note = summary;
          exceptions.push(exception);
        }
        if (exceptions.length) recurrence.exceptions = exceptions.sort((a, b) => a.date.localeCompare(b.date));
      }
      const geo = vevent.getFirstPropertyValue('geo') as number[] | null;
      const organizer = vevent.getFirstProperty('organizer');
      const attach = [...vevent.getAllProperties('image'), ...vevent.getAllProperties('attach')].find((p) => {
        const type = String(p.getParameter('fmttype') ?? p.getParameter('value') ?? '');
        return p.name === 'image' || /^image\//i.test(type);
      });
      const htmlDescription = vevent.getAllProperties('x-alt-desc').find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
      const recurrenceId = isOverride ? localOfProp(vevent.getFirstProperty('recurrence-id')!, notes, 'RECURRENCE-ID') : undefined;
      raws.push({
        source: options.source,
        sourceId: recurrenceId ? `${uid}#${recurrenceId}` : uid,
        position: position(index, uid),
        lang: options.lang,
        title: textProp(vevent, 'summary'),
        description: htmlDescription ? String(htmlDescription.getFirstValue()) : textProp(vevent, 'description'),
        start,
        end,
        status: method === 'CANCEL' ? 'cancelled' : statusOf(vevent),
        recurrence,
        venueName: textProp(vevent, 'location'),
        geo: geo && geo.length === 2 ? { lat: Number(geo[0]), lon: Number(geo[1]) } : undefined,
        categoryWords: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
        organiser: organizer ? { name: String(organizer.getParameter('cn') ?? ''), url: undefined } : undefined,
        website: textProp(vevent, 'url'),
        image: attach ? { url: String(attach.getFirstValue()) } : undefined,
        notes,
      });
    } catch (error) {
      rejected.push({ source: options.source, position: position(index, uid), reason: (error as Error).message, title: textProp(vevent, 'summary')?.slice(0, 90) });
    }
  });
  const events = [];
  for (const raw of raws) {
    const result = normalize(raw);
    if ('reason' in result) rejected.push({ source: raw.source, position: raw.position, reason: result.reason, start: raw.start });
    else events.push(result);
  }
  return { events, rejected };
}
