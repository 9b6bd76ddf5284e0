/**
 * Lists for overview pages: latest news, places by pillar (events: src/lib/occurrences.ts). Build-time only.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/enums';
import { entriesIn, listedIn } from './entries';

/** News of a language, newest first (for a partial language with the fallback's news it lacks, see listedIn). */
export async function latestNews(locale: Locale): Promise<CollectionEntry<'news'>[]> {
  return (await listedIn('news', locale)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Places of a language in a pillar, alphabetically in that language. */
export async function placesIn(locale: Locale, pillar: 'visit' | 'culture'): Promise<CollectionEntry<'places'>[]> {
  return (await entriesIn('places', locale))
    .filter((p) => p.data.pillars.includes(pillar))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}
