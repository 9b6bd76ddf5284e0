/**
 * Recurring events (RFC 5545 RRULE, RDATE, EXDATE and single-occurrence overrides) as pure functions:
 * checking a series as an editor wrote it, and expanding it into dated occurrences over a window.
 *
 * The rule is expanded by ical.js (Mozilla's iCalendar library, also used by Thunderbird) in Dortmund
 * wall-clock time, which is what RFC 5545 prescribes for a DTSTART with a TZID: "every Saturday at 11:00"
 * stays at 11:00 across the change to and from summer time. Only then are times turned into instants
 * (berlinInstant). Local times are written as in the content files after parsing: "YYYY-MM-DDTHH:mm",
 * or "YYYY-MM-DD" for all-day events.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { EventStatus } from '../schemas/enums';
import { berlinInstant, timeZone } from './format';

export interface OccurrenceException {
  /** Original start of the occurrence (its RECURRENCE-ID). */
  date: string;
  status: EventStatus;
  /** New start (moved, or another time). */
  start?: string;
  end?: string;
  note?: string;
}

export interface Recurrence {
  /** RRULE value without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271218". */
  rule: string;
  /** RDATE: extra occurrences. */
  dates?: string[];
  /** EXDATE: occurrences that do not take place. */
  except?: string[];
  exceptions?: OccurrenceException[];
}

export interface Occurrence {
  /** Original start from the rule or the extra dates (RECURRENCE-ID); the occurrence's identity. */
  id: string;
  start: string;
  end?: string;
  status: EventStatus;
  note?: string;
  /** Whether an exception changes this occurrence (time, status or note). */
  changed: boolean;
}

/** A window of local days in Dortmund, both inclusive: "YYYY-MM-DD". */
export interface DayWindow {
  from: string;
  to: string;
}

/** Parts an RRULE may contain here; sub-daily frequencies make no sense for a city calendar. */
const ruleParts = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'WKST'];
const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/** A rule without COUNT or UNTIL is expanded up to the window's end; this only guards against runaway loops. */
const maxIterations = 20_000;

/**
 * The days the calendar expands series over, relative to the build time: the past 12 months (for the
 * archive) and the next 13 months.
 */
export function occurrenceWindow(now: Date): DayWindow {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  return { from: today.minus({ months: 12 }).toISODate()!, to: today.plus({ months: 13 }).toISODate()! };
}

const allDay = (local: string) => !local.includes('T');

/** ical.js time in floating (wall-clock) time for a local value. */
function icalTime(local: string): ICAL.Time {
  return allDay(local) ? ICAL.Time.fromDateString(local) : ICAL.Time.fromDateTimeString(`${local}:00`);
}

/** Back from ical.js to the local form: "YYYY-MM-DDTHH:mm" or "YYYY-MM-DD". */
function localOf(time: ICAL.Time): string {
  return time.isDate ? time.toString() : time.toString().slice(0, 16);
}

/**
 * Problems with a rule string, or the parsed rule. UNTIL written as a date with a timed start means
 * "up to and including that day", as editors read it (RFC 5545 would need the end of day in UTC).
 */
function parseRule(rule: string, start: string): { recur?: ICAL.Recur; problem?: string } {
  if (/^\s*RRULE:/i.test(rule)) return { problem: 'write the rule without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=SA"' };
  const parts = rule.split(';').map((p) => p.split('=')[0].trim().toUpperCase());
  const unknown = parts.filter((p) => !ruleParts.includes(p));
  if (unknown.length) return { problem: `unknown rule part ${unknown.map((p) => `"${p}"`).join(', ')}; allowed: ${ruleParts.join(', ')}` };
  if (new Set(parts).size !== parts.length) return { problem: 'each rule part may appear once' };
  if (!parts.includes('FREQ')) return { problem: `needs FREQ, one of ${frequencies.join(', ')}, e.g. "FREQ=WEEKLY;BYDAY=SA"` };
  if (parts.includes('COUNT') && parts.includes('UNTIL')) return { problem: 'use either COUNT or UNTIL, not both' };
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(rule.trim());
  } catch (e) {
    return { problem: `is not a valid RRULE: ${(e as Error).message}` };
  }
  if (!frequencies.includes(recur.freq)) return { problem: `FREQ must be one of ${frequencies.join(', ')}` };
  if (recur.count !== null && recur.count !== undefined && recur.count < 1) return { problem: 'COUNT must be at least 1' };
  if (recur.until) {
    if (allDay(start) && !recur.until.isDate) return { problem: 'UNTIL must be a date (YYYYMMDD) when the start is a date without time' };
    if (!allDay(start) && recur.until.isDate) {
      const until = recur.until.clone();
      until.isDate = false;
      until.hour = 23;
      until.minute = 59;
      until.second = 59;
      recur.until = until;
    }
    if (recur.until.compare(icalTime(start)) < 0) return { problem: 'UNTIL is before the first occurrence (start)' };
  }
  return { recur };
}

/**
 * Original starts the rule produces, in order, up to and including `last` (a local value or day).
 * Throws when the rule produces nothing (which ical.js otherwise loops on).
 */
function ruleStarts(recur: ICAL.Recur, start: string, last: string): string[] {
  const iterator = recur.iterator(icalTime(start));
  // ical.js rolls impossible dates over (BYMONTH=2;BYMONTHDAY=30 gives 2 March); RFC 5545 skips them.
  const months = recur.parts.BYMONTH as number[] | undefined;
  const monthDays = (recur.parts.BYMONTHDAY as number[] | undefined)?.filter((d) => d > 0);
  const out: string[] = [];
  for (let i = 0; i < maxIterations; i++) {
    const next = iterator.next();
    if (!next) break;
    const local = localOf(next);
    if (local.slice(0, last.length) > last) break;
    if (months && !months.includes(next.month)) continue;
    if (monthDays?.length && !recur.parts.BYMONTHDAY!.some((d: number) => d < 0) && !monthDays.includes(next.day)) continue;
    out.push(local);
  }
  return out;
}

export interface Problem {
  path: (string | number)[];
  message: string;
}

const localPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/**
 * Everything wrong with a series, each problem with the path of its field below the entry. An empty
 * list means the series expands cleanly.
 */
export function recurrenceProblems(start: string, recurrence: Recurrence): Problem[] {
  const problems: Problem[] = [];
  if (!localPattern.test(start)) return problems; // the start field reports its own problem
  const sameForm = (value: string, path: (string | number)[]) => {
    if (!localPattern.test(value)) return false; // reported by the field itself
    if (allDay(value) !== allDay(start)) {
      problems.push({ path, message: allDay(start) ? 'must be a date without time, like start' : 'must be a date with time, like start (e.g. "2026-12-24 11:00")' });
      return false;
    }
    return true;
  };
  const { recur, problem } = parseRule(recurrence.rule, start);
  if (problem) problems.push({ path: ['recurrence', 'rule'], message: problem });
  const dates = recurrence.dates ?? [];
  dates.forEach((d, i) => sameForm(d, ['recurrence', 'dates', i]));
  if (!recur) return problems;

  const wanted = [...(recurrence.except ?? []), ...(recurrence.exceptions ?? []).map((x) => x.date)].filter((d) => localPattern.test(d));
  const last = wanted.reduce((a, b) => (b > a ? b : a), start);
  const produced = new Set([...ruleStarts(recur, start, last), ...dates]);
  if (!produced.has(start)) {
    // Dates checked against a rule that misses the start would only repeat the same mistake.
    problems.push({ path: ['recurrence', 'rule'], message: `does not produce the start ${start.replace('T', ' ')}; the start must be the first occurrence` });
    return problems;
  }
  const notProduced = (d: string) => `${d.replace('T', ' ')} is not an occurrence of the rule or of dates; name an original start`;
  const seen = new Set<string>();
  (recurrence.except ?? []).forEach((d, i) => {
    const path = ['recurrence', 'except', i];
    if (!sameForm(d, path)) return;
    if (!produced.has(d)) problems.push({ path, message: notProduced(d) });
    seen.add(d);
  });
  (recurrence.exceptions ?? []).forEach((x, i) => {
    const path = ['recurrence', 'exceptions', i];
    if (!sameForm(x.date, [...path, 'date'])) return;
    if (!produced.has(x.date)) problems.push({ path: [...path, 'date'], message: notProduced(x.date) });
    else if (seen.has(x.date)) problems.push({ path: [...path, 'date'], message: `${x.date.replace('T', ' ')} is named twice in except or exceptions` });
    seen.add(x.date);
    if (x.status === 'moved' && !x.start) problems.push({ path: [...path, 'start'], message: 'a moved occurrence needs its new start' });
    if (x.start && sameForm(x.start, [...path, 'start']) && x.end && sameForm(x.end, [...path, 'end']) && x.end < x.start) {
      problems.push({ path: [...path, 'end'], message: 'end must be after start' });
    }
    if (x.end && !x.start && sameForm(x.end, [...path, 'end']) && x.end < x.date) problems.push({ path: [...path, 'end'], message: 'end must be after the occurrence start' });
  });
  return problems;
}

/** The length of the first occurrence, applied to every occurrence (RFC 5545: exact for times, nominal in days for dates). */
function endFor(start: string, first: string, firstEnd: string | undefined, occurrence: string): string | undefined {
  if (!firstEnd) return undefined;
  if (allDay(first)) {
    const days = DateTime.fromISO(firstEnd).diff(DateTime.fromISO(first), 'days').days;
    return DateTime.fromISO(occurrence).plus({ days }).toISODate()!;
  }
  const ms = berlinInstant(firstEnd).getTime() - berlinInstant(first).getTime();
  return DateTime.fromMillis(berlinInstant(occurrence).getTime() + ms, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

export interface SeriesInput {
  start: string;
  end?: string;
  status: EventStatus;
  recurrence?: Recurrence;
}

/**
 * The dated occurrences of an entry whose (possibly moved) start day lies in the window, in order of
 * start. A single event is one occurrence; a series is expanded from its rule, extra dates, excluded
 * dates and exceptions. Exceptions inherit the series' status unless they set their own.
 */
export function occurrences(entry: SeriesInput, window: DayWindow): Occurrence[] {
  const inWindow = (o: Occurrence) => {
    const day = o.start.slice(0, 10);
    const lastDay = (o.end ?? o.start).slice(0, 10);
    return lastDay >= window.from && day <= window.to;
  };
  if (!entry.recurrence) {
    const single: Occurrence = { id: entry.start, start: entry.start, end: entry.end, status: entry.status, changed: false };
    return inWindow(single) ? [single] : [];
  }
  const { recur, problem } = parseRule(entry.recurrence.rule, entry.start);
  if (!recur) throw new Error(`recurrence.rule ${problem}`);
  // A moved occurrence may come from beyond the window's end.
  const movedFrom = (entry.recurrence.exceptions ?? []).filter((x) => x.start).map((x) => x.date);
  const last = `${window.to}T23:59`;
  const excluded = new Set(entry.recurrence.except ?? []);
  const starts = new Set([...ruleStarts(recur, entry.start, allDay(entry.start) ? window.to : last), ...(entry.recurrence.dates ?? []), ...movedFrom]);
  const out: Occurrence[] = [];
  for (const id of starts) {
    if (excluded.has(id)) continue;
    const occurrence = occurrenceOf(entry, id);
    if (inWindow(occurrence)) out.push(occurrence);
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * The rule as it goes into an iCalendar file: a date-only UNTIL of a timed series becomes the end of
 * that day in UTC, as RFC 5545 requires with a DTSTART in a time zone.
 */
export function icalRule(rule: string, start: string): string {
  const match = /(^|;)UNTIL=(\d{8})(?=;|$)/i.exec(rule);
  if (!match || allDay(start)) return rule.trim();
  const day = match[2];
  const endOfDay = DateTime.fromISO(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T23:59:59`, { zone: timeZone }).toUTC();
  return rule.trim().replace(match[0], `${match[1]}UNTIL=${endOfDay.toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
}

/**
 * The occurrence a series produces for one original start (from the rule or the extra dates), with its
 * exception applied; for iCalendar overrides and extra dates, which are written whatever the window.
 */
export function occurrenceOf(entry: SeriesInput, id: string): Occurrence {
  const x = entry.recurrence?.exceptions?.find((e) => e.date === id);
  const end = endFor(id, entry.start, entry.end, id);
  if (!x) return { id, start: id, end, status: entry.status, changed: false };
  return { id, start: x.start ?? id, end: x.end ?? (x.start ? endFor(x.start, entry.start, entry.end, x.start) : end), status: x.status, note: x.note, changed: true };
}
