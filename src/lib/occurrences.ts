/**
 * The calendar as dated occurrences: every single event once, every series expanded over the window
 * (src/lib/recurrence.ts), each with its entry. Lists, day views, the finder's data, feeds and open data
 * all read from here, so they agree on which dates exist. Build-time only.
 */
import type { CollectionEntry } from 'astro:content';
import { language, locales, type Locale } from '../i18n/languages';
import { entriesIn } from './entries';
import { berlinInstant, isPast } from './format';
import { buildTime } from './buildTime';
import { occurrences, occurrenceWindow, type DayWindow, type Occurrence } from './recurrence';

export interface DatedEvent {
  entry: CollectionEntry<'events'>;
  occurrence: Occurrence;
}

/** The window series are expanded over, from the build time: the past 12 months and the next 13. */
export function calendarWindow(): DayWindow {
  return occurrenceWindow(buildTime());
}

const cache = new Map<Locale, Promise<DatedEvent[]>>();

/**
 * All occurrences of a language, by start. Single events are listed whenever they are (the archive
 * keeps them all); a series contributes the occurrences in the window.
 */
export function allOccurrences(locale: Locale): Promise<DatedEvent[]> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = entriesIn('events', locale).then((entries) => {
      const window = calendarWindow();
      const everything: DatedEvent[] = [];
      for (const entry of entries) {
        const d = entry.data;
        const list = d.recurrence
          ? occurrences(d, window)
          : [{ id: d.start, start: d.start, end: d.end, status: d.status, changed: false }];
        for (const occurrence of list) everything.push({ entry, occurrence });
      }
      return everything.sort((a, b) => berlinInstant(a.occurrence.start).getTime() - berlinInstant(b.occurrence.start).getTime() || a.entry.data.title.localeCompare(b.entry.data.title));
    });
    cache.set(locale, pending);
  }
  return pending.then((list) => [...list]);
}

const calendarCache = new Map<Locale, Promise<DatedEvent[]>>();

/**
 * The calendar of a language: its own occurrences and those of events that do not exist in it (in a
 * partial language most of them; in a complete one events imported from a partner in one language,
 * scripts/import), which are listed with their original text and a notice instead of being hidden
 * until someone translates them. By start.
 */
export function calendarOccurrences(locale: Locale): Promise<DatedEvent[]> {
  let pending = calendarCache.get(locale);
  if (!pending) {
    // Other languages in order of preference: a partial language's fallback first, then the rest of the registry.
    const fallback = language(locale).fallback as Locale | undefined;
    const others = [...(fallback ? [fallback] : []), ...locales.filter((l) => l !== locale && l !== fallback)];
    pending = Promise.all([allOccurrences(locale), ...others.map((l) => allOccurrences(l))]).then(([own, ...theirs]) => {
      const keys = new Set(own.map((o) => o.entry.data.key));
      const untranslated: DatedEvent[] = [];
      for (const list of theirs) {
        const found = new Set<string>();
        for (const o of list) if (!keys.has(o.entry.data.key)) (untranslated.push(o), found.add(o.entry.data.key));
        for (const key of found) keys.add(key);
      }
      return [...own, ...untranslated].sort(
        (a, b) => berlinInstant(a.occurrence.start).getTime() - berlinInstant(b.occurrence.start).getTime() || a.entry.data.title.localeCompare(b.entry.data.title),
      );
    });
    calendarCache.set(locale, pending);
  }
  return pending.then((list) => [...list]);
}

/** Upcoming occurrences of a language's calendar, untranslated events of the other language included. */
export async function upcomingInCalendar(locale: Locale): Promise<DatedEvent[]> {
  const now = buildTime();
  return (await calendarOccurrences(locale)).filter(({ occurrence: o }) => !isPast(o.start, o.end, now));
}

/**
 * Upcoming dates for overview pages (home, culture): a complete language's own, a partial language's
 * whole calendar with the events it has no text for.
 */
export async function upcomingListed(locale: Locale): Promise<DatedEvent[]> {
  return language(locale).complete ? upcomingOccurrences(locale) : upcomingInCalendar(locale);
}

/** Occurrences that have not ended at the build time, soonest first. */
export async function upcomingOccurrences(locale: Locale): Promise<DatedEvent[]> {
  const now = buildTime();
  return (await allOccurrences(locale)).filter(({ occurrence: o }) => !isPast(o.start, o.end, now));
}

/** Occurrences that have ended, latest first. */
export async function pastOccurrences(locale: Locale): Promise<DatedEvent[]> {
  const now = buildTime();
  return (await allOccurrences(locale)).filter(({ occurrence: o }) => isPast(o.start, o.end, now)).reverse();
}

/** Occurrences of one entry, in order (a single event is one). */
export async function occurrencesOfEntry(entry: CollectionEntry<'events'>, locale: Locale): Promise<DatedEvent[]> {
  return (await allOccurrences(locale)).filter((o) => o.entry.id === entry.id);
}

/** Occurrences of the calendar (untranslated ones included) that touch the days from `from` to `to` (YYYY-MM-DD, inclusive). */
export async function occurrencesBetween(locale: Locale, from: string, to: string): Promise<DatedEvent[]> {
  const now = buildTime();
  return (await calendarOccurrences(locale)).filter(({ occurrence: o }) => {
    const first = o.start.slice(0, 10);
    const last = (o.end ?? o.start).slice(0, 10);
    return first <= to && last >= from && !isPast(o.start, o.end, now);
  });
}

/** A stable id of an occurrence: the entry's key and the original start, e.g. "markt@2026-12-19T07:00". */
export function occurrenceId(d: DatedEvent): string {
  return `${d.entry.data.key}@${d.occurrence.id}`;
}

/** The first occurrence of each entry in a list, in the list's order: teasers where a daily series must not fill every slot. */
export function firstPerEntry(list: DatedEvent[]): DatedEvent[] {
  const seen = new Set<string>();
  return list.filter(({ entry }) => !seen.has(entry.id) && seen.add(entry.id));
}
