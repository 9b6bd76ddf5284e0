/**
 * Reading content entries for pages: published entries per language, their translations and URLs.
 * The pairing rules themselves are pure functions in translations.ts, tested without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { language, locales, sourceLocale, type Locale } from '../i18n/languages';
import { entryBase, entryPath, restParam, type EntryCollection } from '../i18n/routes';
import type { Alternates } from './seo';
import { splitId } from './contentFiles';
import { checkTranslations } from './translations';
import { isPublished, type ReviewState } from '../schemas/eventImport';

export type LocalizedCollection = EntryCollection;
export type AnyEntry = CollectionEntry<LocalizedCollection>;

const checked = new Map<string, Promise<AnyEntry[]>>();

/**
 * All published entries of a collection in both languages. The first call per collection checks the
 * pairing of language versions and throws, naming the files, when it is broken.
 */
export function allEntries<C extends LocalizedCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  let pending = checked.get(collection);
  if (!pending) {
    pending = getCollection(collection).then((entries) => {
      // Drafts and imported events waiting for review are validated but not published.
      const published = (entries as AnyEntry[]).filter((e) => isPublished(e.data as { draft?: boolean; review?: ReviewState }));
      checkTranslations(
        collection,
        published.map((e) => ({ id: e.id, filePath: e.filePath, data: e.data as unknown as Record<string, unknown> })),
      );
      return published;
    });
    checked.set(collection, pending);
  }
  return pending as Promise<CollectionEntry<C>[]>;
}

const byLocale = new Map<string, Promise<AnyEntry[]>>();
const byKey = new Map<string, Promise<Map<string, AnyEntry>>>();
const alternatesByKey = new Map<string, Promise<Map<string, Alternates>>>();

/**
 * Published entries of one language. Lists and lookups are computed once per build and collection:
 * every page asks for them (header, footer, maps, language switch), and scanning the collection for
 * each page made the build grow with the square of the number of pages.
 */
export function entriesIn<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  const id = `${collection}/${locale}`;
  if (!byLocale.has(id)) byLocale.set(id, allEntries(collection).then((all) => (all as AnyEntry[]).filter((e) => splitId(e.id).locale === locale)));
  // A copy, because callers sort the list in place.
  return byLocale.get(id)!.then((list) => [...list]) as Promise<CollectionEntry<C>[]>;
}

/** URL of an entry. */
export function pathOf(collection: LocalizedCollection, entry: { id: string }): string {
  const { locale, slug } = splitId(entry.id);
  return entryPath(collection, locale, slug);
}

/** Addresses of an entry in each language that exists. */
export async function alternatesOf(collection: LocalizedCollection, entry: AnyEntry): Promise<Alternates> {
  if (!alternatesByKey.has(collection)) {
    alternatesByKey.set(
      collection,
      allEntries(collection).then((all) => {
        const map = new Map<string, Alternates>();
        for (const e of all as AnyEntry[]) map.set(e.data.key, { ...map.get(e.data.key), [splitId(e.id).locale]: pathOf(collection, e) });
        return map;
      }),
    );
  }
  return { ...(await alternatesByKey.get(collection)!).get(entry.data.key) };
}

/** The entry with the given key in the given language, if it exists. */
export async function entryByKey<C extends LocalizedCollection>(
  collection: C,
  key: string,
  locale: Locale,
): Promise<CollectionEntry<C> | undefined> {
  const id = `${collection}/${locale}`;
  if (!byKey.has(id)) byKey.set(id, entriesIn(collection, locale).then((list) => new Map((list as AnyEntry[]).map((e) => [e.data.key, e]))));
  return (await byKey.get(id)!).get(key) as CollectionEntry<C> | undefined;
}

/**
 * Entries to list on a page in `locale`: its own; for a partial language also the entries of its
 * fallback language (then the source language) whose key it has no version of, so that its overview
 * pages are not empty. Such entries are shown in their own language (see `langOf`).
 */
export async function listedIn<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  const own = await entriesIn(collection, locale);
  const l = language(locale);
  if (l.complete) return own;
  const keys = new Set(own.map((e) => e.data.key));
  const more: CollectionEntry<C>[] = [];
  for (const other of [...new Set([l.fallback ?? sourceLocale, sourceLocale])] as Locale[]) {
    for (const e of await entriesIn(collection, other)) if (!keys.has(e.data.key)) (more.push(e), keys.add(e.data.key));
  }
  return [...own, ...more];
}

/** The language of an entry when it differs from the page's (to mark it with lang and hreflang). */
export function langOf(entry: { id: string }, locale: Locale): Locale | undefined {
  const own = splitId(entry.id).locale;
  return own === locale ? undefined : own;
}

/**
 * getStaticPaths for an entry route file: one path per published entry in every language that has
 * an address for the collection; the rest parameter `param` carries the whole address.
 */
export async function entryStaticPaths<C extends LocalizedCollection>(collection: C, param: string) {
  const paths = [];
  for (const locale of locales.filter((l) => entryBase(collection, l))) {
    for (const entry of await entriesIn(collection, locale)) {
      paths.push({ params: { [param]: restParam(pathOf(collection, entry)) }, props: { entry, locale } });
    }
  }
  return paths;
}
