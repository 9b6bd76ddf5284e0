/**
 * The words the portal knows, per language, for spelling suggestions when a search finds nothing:
 * titles, descriptions and search keywords of every published entry, most frequent first. Served as a
 * small JSON file next to the search page and fetched only after a search without results.
 */
import { locales, type Locale } from '../i18n/languages';
import { entriesIn } from './entries';
import { entryCollections, routeFor } from '../i18n/routes';
import { searchKeywords } from './searchTerms';
import { buildVocabulary } from './spelling';


export async function searchWords(locale: Locale): Promise<Response> {
  const texts: string[] = [];
  for (const collection of entryCollections) {
    for (const entry of await entriesIn(collection, locale)) {
      const { title, description } = entry.data;
      texts.push(title, description, searchKeywords(title, description));
    }
    // Pages are also found by their name in the other languages (their search keywords carry it).
    for (const other of locales.filter((l) => l !== locale)) for (const entry of await entriesIn(collection, other)) texts.push(entry.data.title);
  }
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Where the island fetches the words from. */
export const searchWordsPath = Object.fromEntries(locales.map((l) => [l, routeFor('searchWords', l)])) as Record<Locale, string>;
