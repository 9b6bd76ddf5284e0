/**
 * Formatting of numbers, dates and event times, always through Intl, for a language given by its
 * Intl locale and clock suffix. Event times are local to Dortmund and are always shown in
 * Europe/Berlin, whatever the visitor's own time zone. Pages use format.ts (by language code); islands
 * use this file with the format their page hands them, so that browsers do not load the language registry.
 */

/** How a language writes numbers and dates (from the registry, src/i18n/languages.ts). */
export interface LocaleFormat {
  intl: string;
  clockSuffix?: string;
}

export const timeZone = 'Europe/Berlin';

/**
 * Intl formatters are expensive to create and pure to reuse: one per language and options for the
 * whole build (creating them per call was a fifth of the render time at 10,000 pages).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's grouping and decimal marks: 614.495 (de), 614,495 (en). */
export function formatNumber(fmt: LocaleFormat, value: number, decimals = 0): string {
  const id = `${fmt.intl}|${decimals}`;
  let f = numberFormats.get(id);
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(fmt.intl, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(value);
}

/** A month of a year, "2027-04" → "April 2027" (both languages), for headings of event lists. */
export function formatMonth(fmt: LocaleFormat, yearMonth: string): string {
  return dateFormat(fmt.intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01T00:00:00Z`));
}

/** A calendar date (stored as midnight UTC) in long form: 31. Dezember 2024 / 31 December 2024. */
export function formatDate(fmt: LocaleFormat, date: Date, style: 'long' | 'short' = 'long'): string {
  return dateFormat(fmt.intl, { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' }).format(date);
}

/** ISO date (YYYY-MM-DD) of a calendar date, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Offset of Europe/Berlin from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  offsetParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = offsetParts.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}
let offsetParts: Intl.DateTimeFormat | undefined;

/**
 * Instants of local times, computed once each: every event's times are converted on its own page, in
 * lists, feeds and structured data (a profile of 2,000 generated entries showed this among the top).
 */
const instants = new Map<string, number>();

/**
 * The instant of a local Dortmund time "YYYY-MM-DDTHH:mm" (or a date alone, meaning 00:00).
 * Handles the change to and from summer time: a time that does not exist (02:30 on the last Sunday in
 * March) moves forward by an hour, as clocks do.
 */
export function berlinInstant(local: string): Date {
  let ms = instants.get(local);
  if (ms === undefined) {
    const [date, time = '00:00'] = local.split('T');
    const [y, m, d] = date.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    const guess = Date.UTC(y, m - 1, d, hh, mm);
    const first = guess - berlinOffsetMinutes(new Date(guess)) * 60000;
    ms = guess - berlinOffsetMinutes(new Date(first)) * 60000;
    instants.set(local, ms);
  }
  // A new Date each time: callers may change it.
  return new Date(ms);
}

/** ISO 8601 with the Berlin offset, e.g. 2027-04-30T20:00:00+02:00, for JSON-LD and <time>. */
export function berlinIso(local: string): string {
  if (!local.includes('T')) return local;
  const offset = berlinOffsetMinutes(berlinInstant(local));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
}

/**
 * Human date and time of an event in Europe/Berlin: "Fr., 30. April 2027, 20:00 Uhr" or a range of
 * days "27. November – 30. Dezember 2026".
 */
export function formatEventWhen(fmt: LocaleFormat, start: string, end?: string): string {
  const allDay = !start.includes('T');
  const startDate = berlinInstant(start);
  const endDate = end ? berlinInstant(end) : undefined;
  const day = dateFormat(fmt.intl, { timeZone, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
  const time = dateFormat(fmt.intl, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = (d: Date) => `${time.format(d)}${fmt.clockSuffix ?? ''}`;
  if (!endDate) return allDay ? day.format(startDate) : `${day.format(startDate)}, ${clock(startDate)}`;
  const sameDay = start.slice(0, 10) === end!.slice(0, 10);
  if (allDay) return sameDay ? day.format(startDate) : day.formatRange(startDate, endDate);
  if (sameDay) return `${day.format(startDate)}, ${clock(startDate)} – ${clock(endDate)}`;
  return `${day.format(startDate)}, ${clock(startDate)} – ${day.format(endDate)}, ${clock(endDate)}`;
}

/** Day and short month for date badges: { day: "30", month: "Apr." }. */
export function dateBadge(fmt: LocaleFormat, local: string): { day: string; month: string } {
  const d = berlinInstant(local);
  return {
    day: dateFormat(fmt.intl, { timeZone, day: 'numeric' }).format(d),
    month: dateFormat(fmt.intl, { timeZone, month: 'short' }).format(d),
  };
}

/** Whether an event is over at the given moment (its end, or its start day's end, has passed). */
export function isPast(start: string, end: string | undefined, now: Date): boolean {
  const last = end ?? start;
  const lastInstant = last.includes('T') ? berlinInstant(last) : berlinInstant(`${last}T23:59`);
  return lastInstant.getTime() < now.getTime();
}

/**
 * Date of an event for Leichte Sprache: written out, without abbreviations and without the time
 * ("Freitag, 30. April 2027"; "vom 25. April 2027 bis zum 10. Oktober 2027").
 */
export function formatEasyWhen(start: string, end?: string): string {
  const day = dateFormat('de-DE', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const date = dateFormat('de-DE', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  const first = berlinInstant(start.slice(0, 10));
  if (!end || end.slice(0, 10) === start.slice(0, 10)) return day.format(first);
  return `vom ${date.format(first)} bis zum ${date.format(berlinInstant(end.slice(0, 10)))}`;
}

/** Name of a weekday ("mon" … "sun"): Montag / Monday. 2024-01-01 was a Monday. */
export function formatWeekday(fmt: LocaleFormat, day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'): string {
  const n = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(day);
  return dateFormat(fmt.intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + n)));
}

/** A day of the year without its year, "12-24" → "24. Dezember" / "24 December". */
export function formatMonthDay(fmt: LocaleFormat, monthDay: string): string {
  return dateFormat(fmt.intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`2024-${monthDay}T00:00:00Z`));
}

/** A price in euros: 8 → "8 €" / "€8", 4.5 → "4,50 €" / "€4.50". */
export function formatEuro(fmt: LocaleFormat, value: number): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(fmt.intl, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(value);
}
