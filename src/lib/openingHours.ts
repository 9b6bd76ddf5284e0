/**
 * Opening hours of places: which hours apply on a day, the weekly tables to show, and the schema.org
 * openingHoursSpecification. Pure and free of Astro, so the tiny script that marks today's row in the
 * visitor's browser uses the same rules as the build (src/scripts/todayHours.ts).
 *
 * Days are handled as ISO date strings ("2026-12-24") of the Dortmund calendar; no time zone enters.
 */
import { weekdays, type Weekday } from '../schemas/enums';
import type { Hours } from '../schemas/placeFacts';
import type { DayOfWeek } from 'schema-dts';

export interface TimeRange {
  opens: string;
  closes: string;
}

/** Hours as plain JSON (dates as ISO strings), as the page hands them to the browser. */
export type PlainHours = Omit<Hours, 'exceptions' | 'asOf'> & {
  asOf: string;
  exceptions?: { from: string; to?: string; hours: string; note?: string }[];
};

/** The rules alone, as a page hands them to the browser (src/scripts/todayHours.ts). */
export type HoursRule = Omit<PlainHours, 'note' | 'source' | 'asOf'>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Dates become ISO day strings; everything else stays as written. */
export function plainHours(h: Hours): PlainHours {
  const { exceptions, asOf, ...rest } = h;
  return {
    ...rest,
    asOf: iso(asOf),
    ...(exceptions ? { exceptions: exceptions.map(({ from, to, ...e }) => ({ ...e, from: iso(from), ...(to ? { to: iso(to) } : {}) })) } : {}),
  };
}

/** "10:00-13:00, 14:00-17:00" → two ranges; "closed" → none. */
export function parseRanges(text: string): TimeRange[] {
  if (text === 'closed') return [];
  return text.split(',').map((part) => {
    const [opens, closes] = part.trim().split('-');
    return { opens, closes };
  });
}

/** Weekday of an ISO date, Monday first. */
export function weekdayOf(day: string): Weekday {
  const n = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return weekdays[(n + 6) % 7];
}

/** Whether a day of the year (MM-DD) lies in a season from–to, which may run over the new year. */
export function inSeason(monthDay: string, from: string, to: string): boolean {
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

/** Whether seasons leave no day of the year uncovered (checked over a leap year, so 29 February counts). */
export function seasonsCoverYear(seasons: { from: string; to: string }[]): boolean {
  for (let d = Date.UTC(2024, 0, 1); d < Date.UTC(2025, 0, 1); d += 86_400_000) {
    const md = new Date(d).toISOString().slice(5, 10);
    if (!seasons.some((s) => inSeason(md, s.from, s.to))) return false;
  }
  return true;
}

const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** Easter Sunday of a year (Gregorian calendar, anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The public holidays of North Rhine-Westphalia in a year (Feiertagsgesetz NRW, § 2): New Year, Good
 * Friday, Easter Monday, 1 May, Ascension, Whit Monday, Corpus Christi, 3 October, All Saints,
 * Christmas Day and Boxing Day. (Easter and Whit Sunday are Sundays anyway.)
 */
export function nrwHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '10-03', '11-01', '12-25', '12-26'].map((md) => `${year}-${md}`);
  const moving = [-2, 1, 39, 50, 60].map((n) => addDays(easter, n));
  return [...fixed, ...moving].sort();
}

export type MonthlyRule = NonNullable<Hours['monthly']>[number];

/** Whether a date is the nth (1–4, or -1 for the last) of its weekday in its month, by a monthly rule. */
export function matchesMonthly(day: string, rule: Pick<MonthlyRule, 'nth' | 'day'>): boolean {
  if (weekdayOf(day) !== rule.day) return false;
  const date = Number(day.slice(8, 10));
  if (rule.nth === -1) {
    const [y, m] = day.split('-').map(Number);
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return date + 7 > daysInMonth;
  }
  return Math.ceil(date / 7) === rule.nth;
}

/**
 * The days from `from` to `to` (inclusive) on which a monthly rule opens the place, with their hours,
 * before closing days, holidays and exceptions. They follow from the rule: expected, not confirmed.
 */
export function monthlyDates(h: PlainHours, from: string, to: string): { day: string; ranges: TimeRange[] }[] {
  const out: { day: string; ranges: TimeRange[] }[] = [];
  if (!h.monthly) return out;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const rule = h.monthly.find((r) => matchesMonthly(day, r));
    if (rule) out.push({ day, ranges: parseRanges(rule.hours) });
  }
  return out;
}

/** The next days a monthly rule opens the place, after its closing days, holidays and exceptions. */
export function nextMonthlyOpenings(h: PlainHours, today: string, count: number): { day: string; ranges: TimeRange[] }[] {
  return monthlyDates(h, today, addDays(today, 400))
    .map(({ day }) => ({ day, ranges: hoursOn(h, day).ranges }))
    .filter((d) => d.ranges.length)
    .slice(0, count);
}

/** Why a day has the hours it has. */
export type DayReason = 'always' | 'week' | 'season' | 'off-season' | 'monthly' | 'events' | 'closed-day' | 'holiday' | 'exception';

export interface DayHours {
  ranges: TimeRange[];
  reason: DayReason;
  /** The season's label or the exception's note, when one applies. */
  note?: string;
}

/** The regular hours of a weekday on a date: from the week, or from the season the date falls in. */
function regularHours(h: HoursRule, day: string, weekday: Weekday): DayHours {
  if (h.always) return { ranges: [{ opens: '00:00', closes: '24:00' }], reason: 'always' };
  if (h.week) return { ranges: parseRanges(h.week[weekday]), reason: 'week' };
  // A venue that opens only for its events has no hours of its own on a day.
  if (h.beforeEvents !== undefined) return { ranges: [], reason: 'events' };
  if (h.monthly) {
    const rule = h.monthly.find((r) => matchesMonthly(day, r));
    return { ranges: rule ? parseRanges(rule.hours) : [], reason: 'monthly' };
  }
  const season = h.seasons?.find((s) => inSeason(day.slice(5), s.from, s.to));
  return season ? { ranges: parseRanges(season.week[weekday]), reason: 'season', note: season.label } : { ranges: [], reason: 'off-season' };
}

/**
 * The hours of a place on one day, in this order: a dated exception, a yearly closing day, a public
 * holiday rule, then the week or season.
 */
export function hoursOn(h: HoursRule, day: string): DayHours {
  const exception = h.exceptions?.find((e) => day >= e.from && day <= (e.to ?? e.from));
  if (exception) return { ranges: parseRanges(exception.hours), reason: 'exception', note: exception.note };
  if (h.always) return regularHours(h, day, weekdayOf(day));
  if (h.closedOn?.includes(day.slice(5))) return { ranges: [], reason: 'closed-day' };
  if (h.holidays && h.holidays !== 'regular' && nrwHolidays(Number(day.slice(0, 4))).includes(day)) {
    return h.holidays === 'closed' ? { ranges: [], reason: 'holiday' } : { ...regularHours(h, day, 'sun'), reason: 'holiday' };
  }
  return regularHours(h, day, weekdayOf(day));
}

/** The tables a place page shows: one per season, or one for the whole year. */
export interface HoursTable {
  label?: string;
  from?: string;
  to?: string;
  rows: { day: Weekday; ranges: TimeRange[] }[];
}

export function hoursTables(h: PlainHours): HoursTable[] {
  const rows = (week: Record<Weekday, string>) => weekdays.map((day) => ({ day, ranges: parseRanges(week[day]) }));
  if (h.week) return [{ rows: rows(h.week) }];
  // A monthly rule has no weekly table; the page lists the rule and its next days.
  return (h.seasons ?? []).map((s) => ({ label: s.label, from: s.from, to: s.to, rows: rows(s.week) }));
}

const schemaDay: Record<Weekday, DayOfWeek> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

export interface OpeningSpec {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: DayOfWeek[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

/** schema.org has no 24:00; a day that runs to midnight closes at 23:59. */
const closes = (t: string) => (t === '24:00' ? '23:59' : t);

/** Days with the same ranges become one specification per range, as Google's examples group them. */
function weekSpecs(week: Record<Weekday, string>, valid: { validFrom?: string; validThrough?: string } = {}): OpeningSpec[] {
  const byHours = new Map<string, Weekday[]>();
  for (const day of weekdays) if (week[day] !== 'closed') byHours.set(week[day], [...(byHours.get(week[day]) ?? []), day]);
  return [...byHours].flatMap(([text, days]) =>
    parseRanges(text).map((r) => ({ '@type': 'OpeningHoursSpecification' as const, dayOfWeek: days.map((d) => schemaDay[d]), opens: r.opens, closes: closes(r.closes), ...valid })),
  );
}

/** A single date's hours; a closed day is opens = closes = 00:00 with the date as its validity. */
function daySpecs(day: string, ranges: TimeRange[], to = day): OpeningSpec[] {
  const valid = { validFrom: day, validThrough: to };
  if (!ranges.length) return [{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', ...valid }];
  return ranges.map((r) => ({ '@type': 'OpeningHoursSpecification', opens: r.opens, closes: closes(r.closes), ...valid }));
}

/**
 * The openingHoursSpecification of a place as of a day (the build date): the regular week (or each
 * season's next run with its dates), then closing days, holidays and exceptions of the coming year.
 */
export function openingHoursSpecification(h: PlainHours, today: string): OpeningSpec[] {
  // Opening for each event is no schedule schema.org could state; the page says it in words.
  if (h.beforeEvents !== undefined) return [];
  if (h.always) return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: weekdays.map((d) => schemaDay[d]), opens: '00:00', closes: '23:59' }];
  const yearLater = addDays(today, 365);
  const year = Number(today.slice(0, 4));
  const specs: OpeningSpec[] = h.week ? weekSpecs(h.week) : [];
  for (const s of h.seasons ?? []) {
    for (const y of [year - 1, year, year + 1]) {
      const from = `${y}-${s.from}`;
      const to = `${s.to >= s.from ? y : y + 1}-${s.to}`;
      if (to >= today && from <= yearLater) specs.push(...weekSpecs(s.week, { validFrom: from, validThrough: to }));
    }
  }
  const special = new Map<string, OpeningSpec[]>();
  for (const y of [year, year + 1]) {
    for (const md of h.closedOn ?? []) special.set(`${y}-${md}`, daySpecs(`${y}-${md}`, []));
    if (h.holidays && h.holidays !== 'regular') {
      for (const day of nrwHolidays(y)) if (!special.has(day)) special.set(day, daySpecs(day, hoursOn(h, day).ranges));
    }
  }
  // A monthly rule has no weekly pattern schema.org could say; each open day of the coming year is listed.
  for (const { day, ranges } of monthlyDates(h, today, yearLater)) if (!special.has(day)) special.set(day, daySpecs(day, ranges));
  for (const e of h.exceptions ?? []) special.set(e.from, daySpecs(e.from, parseRanges(e.hours), e.to ?? e.from));
  const upcoming = [...special].filter(([day, s]) => (s[0].validThrough ?? day) >= today && day <= yearLater).sort(([a], [b]) => a.localeCompare(b));
  return [...specs, ...upcoming.flatMap(([, s]) => s)];
}

/** "10:00–18:00" or "10:00–13:00, 14:00–17:00" (an en dash between the times). */
export function formatRanges(ranges: TimeRange[]): string {
  return ranges.map((r) => `${r.opens}–${r.closes}`).join(', ');
}
