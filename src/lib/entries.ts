/**
 * Reading content entries for pages: published entries per language, their translations and URLs.
 * The pairing rules themselves are pure functions in translations.ts, tested without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/enums';
import { entryPath, type EntryCollection } from '../i18n/routes';
import type { Alternates } from './seo';
import { splitId } from './contentFiles';
import { checkTranslations } from './translations';

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
      const published = (entries as AnyEntry[]).filter((e) => !e.data.draft);
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

/** Published entries of one language. */
export async function entriesIn<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  return (await allEntries(collection)).filter((e) => splitId(e.id).locale === locale);
}

/** URL of an entry. */
export function pathOf(collection: LocalizedCollection, entry: { id: string }): string {
  const { locale, slug } = splitId(entry.id);
  return entryPath(collection, locale, slug);
}

/** Addresses of an entry in each language that exists. */
export async function alternatesOf(collection: LocalizedCollection, entry: AnyEntry): Promise<Alternates> {
  const all = await allEntries(collection);
  const alternates: Alternates = {};
  for (const e of all) {
    if (e.data.key === entry.data.key) alternates[splitId(e.id).locale] = pathOf(collection, e);
  }
  return alternates;
}

/** The entry with the given key in the given language, if it exists. */
export async function entryByKey<C extends LocalizedCollection>(
  collection: C,
  key: string,
  locale: Locale,
): Promise<CollectionEntry<C> | undefined> {
  return (await entriesIn(collection, locale)).find((e) => e.data.key === key);
}

/** getStaticPaths for an entry route: one path per published entry of the language. */
export async function entryStaticPaths<C extends LocalizedCollection>(collection: C, locale: Locale) {
  return (await entriesIn(collection, locale)).map((entry) => ({
    params: { slug: splitId(entry.id).slug },
    props: { entry },
  }));
}
