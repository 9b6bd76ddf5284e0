/**
 * Where content lives and how its files are named. Kept free of Astro imports so that unit tests and
 * scripts can use it.
 */
import { isLocale, language, languages, locales, type Locale } from '../i18n/languages';
import { entryBase, entryCollections, type EntryCollection } from '../i18n/routes';


/**
 * Folder with the editorial content. CONTENT_DIR lets the benchmark and the fixture tests point the
 * build at generated or deliberately broken content without touching the real files.
 */
export function contentRoot(): string {
  return (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** First URL segments at the site root that are neither routes nor pages (Pagefind's index, brand files, error page, drawn maps). */
const reservedRootSlugs = ['pagefind', 'brand', '404', 'karten'];

/**
 * Slugs an entry may not take because another page of the same language lives there: the next segment
 * of every route below the collection's address (src/i18n/languages.ts), the word of numbered list
 * pages, and at the site root also the other languages' prefixes.
 */
function reservedSlugs(collection: EntryCollection, locale: Locale): string[] {
  const base = entryBase(collection, locale);
  if (!base) return [];
  // The Leichte Sprache pages live below the overview page /leichte-sprache/, which is itself a page entry.
  const own = Object.entries(language(locale).routes)
    .filter(([name, path]) => name !== 'easy' && path.startsWith(base) && path.length > base.length)
    .map(([, path]) => path)
    .map((path) => path.slice(base.length).split('/')[0].replace(/\.[a-z]+$/, ''));
  const root = base === '/' ? [...languages.map((l) => l.prefix.split('/')[1]).filter(Boolean), ...reservedRootSlugs] : [];
  return [...new Set([...own, language(locale).words.page, ...root])];
}

/**
 * Id of an entry from its path below the collection folder: "de/zeche-zollern.md" becomes
 * "de/zeche-zollern". Throws, naming the file, when the file name is not a valid URL slug
 * (lowercase ASCII; ä → ae, ö → oe, ü → ue, ß → ss).
 */
export function entryId(collection: string, entry: string): string {
  const match = /^([a-z]{2,3})\/(.+)\.mdx?$/.exec(entry);
  if (!match || !isLocale(match[1])) {
    throw new Error(`content/${collection}/${entry}: files must sit in a language folder (${locales.map((l) => `${l}/`).join(', ')}) and end in .md or .mdx`);
  }
  const [, locale, slug] = match as unknown as [string, Locale, string];
  if (!slugPattern.test(slug)) {
    throw new Error(
      `content/${collection}/${entry}: the file name is the URL slug and may only contain a–z, 0–9 and single hyphens ` +
        `(write ä as ae, ö as oe, ü as ue, ß as ss), e.g. "zeche-zollern.md"`,
    );
  }
  if (collection === 'easy' && locale !== 'de') {
    throw new Error(`content/${collection}/${entry}: Leichte Sprache is German only; put the file in content/easy/de/`);
  }
  const coll = collection as EntryCollection;
  if (entryCollections.includes(coll) && !entryBase(coll, locale)) {
    throw new Error(`content/${collection}/${entry}: the language "${locale}" has no address for ${collection} in src/i18n/languages.ts; add one there or move the file`);
  }
  if (entryCollections.includes(coll) && reservedSlugs(coll, locale).includes(slug)) {
    const what =
      collection === 'pages' ? 'a section' : collection === 'business' ? 'a fixed business page' : collection === 'practical' ? 'a part of the visit section' : `a page of the ${collection} list`;
    throw new Error(`content/${collection}/${entry}: "${slug}" is the address of ${what}; choose another file name`);
  }
  return `${locale}/${slug}`;
}

/** Splits an entry id into its language and slug. */
export function splitId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/') as [Locale, string];
  return { locale, slug };
}
