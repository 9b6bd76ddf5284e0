/**
 * Calendar feeds of the events collection: one file per event and subscribable feeds for all events,
 * per pillar and per category, in each language. Addresses are declared here once.
 */
import type { CollectionEntry } from 'astro:content';
import { eventCategories, pillars, type Locale } from '../schemas/enums';
import { t } from '../i18n/t';
import { entriesIn, entryByKey, pathOf } from './entries';
import { buildCalendar, type CalendarEvent } from './ical';
import { splitId } from './contentFiles';

const feedBase: Record<Locale, string> = { de: '/veranstaltungen/kalender/', en: '/en/events/calendar/' };
const allName: Record<Locale, string> = { de: 'alle', en: 'all' };

/** German feed addresses use German words; English ones the enumeration values. */
const germanSlug: Record<string, string> = {
  visit: 'erleben', events: 'veranstaltungen', culture: 'kultur', business: 'wirtschaft', news: 'aktuelles',
  festival: 'festival', market: 'markt', music: 'musik', stage: 'buehne', exhibition: 'ausstellung', sport: 'sport',
  'trade-fair': 'messe', family: 'familie', 'guided-tour': 'fuehrung', night: 'nacht',
};
const localSlug = (locale: Locale, value: string) => (locale === 'de' ? germanSlug[value] : value);

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

/** The feeds that have at least one event, for a language. */
export async function feedsFor(locale: Locale): Promise<Feed[]> {
  const events = await entriesIn('events', locale);
  const feeds: Feed[] = [{ slug: allName[locale], path: `${feedBase[locale]}${allName[locale]}.ics`, title: t(locale, 'feeds.all'), filter: () => true }];
  for (const pillar of pillars) {
    if (events.some((e) => e.data.pillar === pillar)) {
      const slug = `${locale === 'de' ? 'bereich' : 'pillar'}-${localSlug(locale, pillar)}`;
      feeds.push({ slug, path: `${feedBase[locale]}${slug}.ics`, title: t(locale, 'feeds.pillar', { name: t(locale, `nav.${pillar}`) }), filter: (e) => e.data.pillar === pillar });
    }
  }
  for (const category of eventCategories) {
    if (events.some((e) => e.data.category === category)) {
      const slug = `${locale === 'de' ? 'kategorie' : 'category'}-${localSlug(locale, category)}`;
      feeds.push({ slug, path: `${feedBase[locale]}${slug}.ics`, title: t(locale, 'feeds.category', { name: t(locale, `eventCategory.${category}`) }), filter: (e) => e.data.category === category });
    }
  }
  return feeds;
}

/** An event entry as a calendar event, with its venue written out. */
export async function toCalendarEvent(entry: CollectionEntry<'events'>, site: URL): Promise<CalendarEvent> {
  const { locale } = splitId(entry.id);
  const d = entry.data;
  const venue = d.venue ? await entryByKey('places', d.venue, locale) : undefined;
  const location = venue
    ? `${venue.data.title}, ${venue.data.address.street}, ${venue.data.address.postalCode} Dortmund`
    : [d.location?.name, d.location?.address && `${d.location.address.street}, ${d.location.address.postalCode} Dortmund`].filter(Boolean).join(', ');
  return {
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
}

/** iCalendar text of a set of events. */
export async function calendarText(name: string, locale: Locale, entries: CollectionEntry<'events'>[], site: URL): Promise<string> {
  return buildCalendar(name, locale, await Promise.all(entries.map((e) => toCalendarEvent(e, site))));
}

export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
