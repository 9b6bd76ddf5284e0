/**
 * Where content lives and how its files are named. Kept free of Astro imports so that unit tests and
 * scripts can use it.
 */

/**
 * Folder with the editorial content. CONTENT_DIR lets the benchmark and the fixture tests point the
 * build at generated or deliberately broken content without touching the real files.
 */
export function contentRoot(): string {
  return (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Segments under /erleben/ and /en/visit/ that belong to lists, not to practical pages. */
const reservedVisitSlugs: Record<'de' | 'en', string[]> = {
  de: ['orte', 'stadtbezirke', 'touren', 'karte', 'merkliste'],
  en: ['places', 'districts', 'routes', 'map', 'saved'],
};

/** Slugs under /wirtschaft/ and /en/business/ that belong to fixed pages. */
const reservedBusinessSlugs: Record<'de' | 'en', string[]> = { de: ['zahlen', 'ansprechpartner'], en: ['figures', 'contacts'] };

/** Slugs below lists that belong to the list's own pages (calendar, archive, filters, numbered pages). */
const reservedListSlugs: Record<string, Record<'de' | 'en', string[]>> = {
  events: { de: ['kalender', 'archiv', 'melden'], en: ['calendar', 'archive', 'submit'] },
  news: { de: ['bereich', 'jahr', 'presse', 'mediathek', 'marke', 'seite'], en: ['section', 'year', 'press', 'media', 'brand', 'page'] },
  places: { de: ['seite'], en: ['page'] },
};

/** First URL segments that belong to sections; a page with such a slug would be hidden behind them. */
const reservedPageSlugs: Record<'de' | 'en', string[]> = {
  de: ['en', 'erleben', 'veranstaltungen', 'kultur', 'wirtschaft', 'aktuelles', 'suche', 'daten', 'pagefind', 'brand', '404'],
  en: ['visit', 'events', 'culture', 'business', 'news', 'search', 'data', '404'],
};

/**
 * Id of an entry from its path below the collection folder: "de/zeche-zollern.md" becomes
 * "de/zeche-zollern". Throws, naming the file, when the file name is not a valid URL slug
 * (lowercase ASCII; ä → ae, ö → oe, ü → ue, ß → ss).
 */
export function entryId(collection: string, entry: string): string {
  const match = /^(de|en)\/(.+)\.mdx?$/.exec(entry);
  if (!match) {
    throw new Error(`content/${collection}/${entry}: files must sit in a de/ or en/ folder and end in .md or .mdx`);
  }
  const [, locale, slug] = match;
  if (!slugPattern.test(slug)) {
    throw new Error(
      `content/${collection}/${entry}: the file name is the URL slug and may only contain a–z, 0–9 and single hyphens ` +
        `(write ä as ae, ö as oe, ü as ue, ß as ss), e.g. "zeche-zollern.md"`,
    );
  }
  if (collection === 'business' && reservedBusinessSlugs[locale as 'de' | 'en'].includes(slug)) {
    throw new Error(`content/${collection}/${entry}: "${slug}" is the address of a fixed business page; choose another file name`);
  }
  if (collection === 'practical' && reservedVisitSlugs[locale as 'de' | 'en'].includes(slug)) {
    throw new Error(`content/${collection}/${entry}: "${slug}" is the address of a part of the visit section; choose another file name`);
  }
  if (reservedListSlugs[collection]?.[locale as 'de' | 'en'].includes(slug)) {
    throw new Error(`content/${collection}/${entry}: "${slug}" is the address of a page of the ${collection} list; choose another file name`);
  }
  if (collection === 'easy' && locale !== 'de') {
    throw new Error(`content/${collection}/${entry}: Leichte Sprache is German only; put the file in content/easy/de/`);
  }
  if (collection === 'pages' && reservedPageSlugs[locale as 'de' | 'en'].includes(slug)) {
    throw new Error(`content/${collection}/${entry}: "${slug}" is the address of a section; choose another file name for this page`);
  }
  return `${locale}/${slug}`;
}

/** Splits an entry id into its language and slug. */
export function splitId(id: string): { locale: 'de' | 'en'; slug: string } {
  const [locale, slug] = id.split('/') as ['de' | 'en', string];
  return { locale, slug };
}
