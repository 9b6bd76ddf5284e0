/**
 * Lists for overview pages: upcoming and past events, latest news, places by pillar. Build-time only.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/enums';
import { entriesIn } from './entries';
import { berlinInstant, isPast } from './format';
import { buildTime } from './buildTime';

/** Upcoming (not yet ended) events of a language, soonest first. */
export async function upcomingEvents(locale: Locale): Promise<CollectionEntry<'events'>[]> {
  const now = buildTime();
  return (await entriesIn('events', locale))
    .filter((e) => !isPast(e.data.start, e.data.end, now))
    .sort((a, b) => berlinInstant(a.data.start).getTime() - berlinInstant(b.data.start).getTime());
}

/**
 * Upcoming events that exist only in the other language (imported from a partner in one language,
 * scripts/import): the calendar lists them with their original text and a notice, instead of hiding
 * them until someone translates them. Soonest first.
 */
export async function upcomingUntranslated(locale: Locale): Promise<CollectionEntry<'events'>[]> {
  const other: Locale = locale === 'de' ? 'en' : 'de';
  const own = new Set((await entriesIn('events', locale)).map((e) => e.data.key));
  return (await upcomingEvents(other)).filter((e) => !own.has(e.data.key));
}

/** Past events of a language, latest first. */
export async function pastEvents(locale: Locale): Promise<CollectionEntry<'events'>[]> {
  const now = buildTime();
  return (await entriesIn('events', locale))
    .filter((e) => isPast(e.data.start, e.data.end, now))
    .sort((a, b) => berlinInstant(b.data.start).getTime() - berlinInstant(a.data.start).getTime());
}

/** News of a language, newest first. */
export async function latestNews(locale: Locale): Promise<CollectionEntry<'news'>[]> {
  return (await entriesIn('news', locale)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Places of a language in a pillar, alphabetically in that language. */
export async function placesIn(locale: Locale, pillar: 'visit' | 'culture'): Promise<CollectionEntry<'places'>[]> {
  return (await entriesIn('places', locale))
    .filter((p) => p.data.pillars.includes(pillar))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}
