/**
 * Calendar feeds of the events collection: one file per event and subscribable feeds for all events,
 * per pillar and per category, in each language. Addresses are declared here once.
 */
import type { CollectionEntry } from 'astro:content';
import { eventCategories, pillars } from '../schemas/enums';
import { language, type Locale } from '../i18n/languages';
import { routeFor } from '../i18n/routes';
import { t } from '../i18n/t';
import { entriesIn, entryByKey, pathOf } from './entries';
import { buildCalendar, type CalendarEvent } from './ical';
import { splitId } from './contentFiles';
import { DateTime } from 'luxon';
import { timeZone } from './format';
import { buildTime } from './buildTime';
import { allOccurrences, calendarOccurrences, calendarWindow } from './occurrences';
import { occurrenceOf, type DayWindow } from './recurrence';

/** Feed addresses use the language's words for pillars and categories where it declares them (src/i18n/languages.ts). */
const localSlug = (locale: Locale, value: string) => language(locale).words.values?.[value] ?? value;

export interface Feed {
  slug: string;
  path: string;
  title: string;
  filter: (e: CollectionEntry<'events'>) => boolean;
}

/** Address of an event's own .ics file: next to its page. */
export function eventIcsPath(entry: CollectionEntry<'events'>): string {
  return `${pathOf('events', entry).replace(/\/$/, '')}.ics`;
}

/** The feeds that have at least one event in the feed window, for a language. */
export async function feedsFor(locale: Locale): Promise<Feed[]> {
  const events = await feedEntries(locale);
  const { words } = language(locale);
  const feedBase = routeFor('eventFeeds', locale);
  const feeds: Feed[] = [{ slug: words.allFeed, path: `${feedBase}${words.allFeed}.ics`, title: t(locale, 'feeds.all'), filter: () => true }];
  for (const pillar of pillars) {
    if (events.some((e) => e.data.pillar === pillar)) {
      const slug = `${words.pillarFeed}-${localSlug(locale, pillar)}`;
      feeds.push({ slug, path: `${feedBase}${slug}.ics`, title: t(locale, 'feeds.pillar', { name: t(locale, `nav.${pillar}`) }), filter: (e) => e.data.pillar === pillar });
    }
  }
  for (const category of eventCategories) {
    if (events.some((e) => e.data.category === category)) {
      const slug = `${words.categoryFeed}-${localSlug(locale, category)}`;
      feeds.push({ slug, path: `${feedBase}${slug}.ics`, title: t(locale, 'feeds.category', { name: t(locale, `eventCategory.${category}`) }), filter: (e) => e.data.category === category });
    }
  }
  return feeds;
}

/** The days a subscribable feed covers: from a month back to the end of the calendar's window. */
export function feedWindow(): DayWindow {
  const window = calendarWindow();
  return { from: DateTime.fromJSDate(buildTime(), { zone: timeZone }).minus({ months: 1 }).toISODate()!, to: window.to };
}

/**
 * Entries of a language that a subscribable feed carries: those with an occurrence in the feed window,
 * so that feeds stay the same size as the years go by instead of collecting every past date.
 */
export async function feedEntries(locale: Locale): Promise<CollectionEntry<'events'>[]> {
  const { from, to } = feedWindow();
  // The language's calendar: its own events and those it has no text for yet (listed in their language).
  const byId = new Map<string, CollectionEntry<'events'>>();
  for (const { entry, occurrence: o } of await calendarOccurrences(locale)) {
    if ((o.end ?? o.start).slice(0, 10) >= from && o.start.slice(0, 10) <= to) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * An event entry as calendar events, with its venue written out: one for a single event; for a series
 * the rule with its excluded dates and changed occurrences, plus one event per extra date (RDATE is
 * left out of the files, see CalendarEvent.recurrence).
 */
export async function toCalendarEvents(entry: CollectionEntry<'events'>, site: URL): Promise<CalendarEvent[]> {
  const { locale } = splitId(entry.id);
  const d = entry.data;
  const venue = d.venue ? await entryByKey('places', d.venue, locale) : undefined;
  const location = venue
    ? `${venue.data.title}, ${venue.data.address.street}, ${venue.data.address.postalCode} Dortmund`
    : [d.location?.name !== d.location?.address?.street && d.location?.name, d.location?.address && `${d.location.address.street}, ${d.location.address.postalCode} Dortmund`].filter(Boolean).join(', ');
  const base: CalendarEvent = {
    key: d.key,
    title: d.title,
    description: d.description,
    start: d.start,
    end: d.end,
    status: d.status,
    location,
    url: new URL(pathOf('events', entry), site).href,
    organiser: d.organiser.name,
    updated: d.reviewed,
  };
  const r = d.recurrence;
  if (!r) return [base];
  const extra = new Set(r.dates ?? []);
  const excluded = new Set(r.except ?? []);
  const override = (id: string) => {
    const o = occurrenceOf(d, id);
    // A changed date of a series that is only expected stays expected, whatever else changed.
    const status = d.status === 'tentative' && o.status !== 'cancelled' ? 'tentative' : o.status;
    return { recurrenceId: id, start: o.start, end: o.end, status, note: o.note };
  };
  return [
    {
      ...base,
      recurrence: { rule: r.rule, except: r.except },
      overrides: (r.exceptions ?? []).filter((x) => !extra.has(x.date)).map((x) => override(x.date)),
    },
    ...[...extra]
      .filter((id) => !excluded.has(id))
      .map((id) => {
        const o = override(id);
        return { ...base, key: `${d.key}-${id.toLowerCase().replace(/[^0-9t]/g, '')}`, start: o.start, end: o.end, status: o.status, description: o.note ? `${o.note}\n\n${d.description}` : d.description };
      }),
  ];
}

/** iCalendar text of a set of events. */
export async function calendarText(name: string, locale: Locale, entries: CollectionEntry<'events'>[], site: URL): Promise<string> {
  return buildCalendar(name, locale, (await Promise.all(entries.map((e) => toCalendarEvents(e, site)))).flat());
}

export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
