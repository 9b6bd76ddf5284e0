/**
 * The route map, read from the language registry (src/i18n/languages.ts): where each fixed page, file
 * and content entry lives in each language, and which languages have it. Route files build every
 * language's addresses from here (see localStaticPaths), so no page is declared twice.
 */
import { language, languages, locales, sourceLocale, type Language, type LanguageRoutes, type Locale } from './languages';

/** Fixed pages (as opposed to files and content entries). */
const pageNameList = [
  'home', 'visit', 'places', 'districts', 'routes', 'map', 'saved', 'events', 'eventArchive', 'submitEvent',
  'eventsToday', 'eventsWeekend', 'eventsWeek', 'culture', 'festivals', 'business', 'figures', 'contacts',
  'news', 'press', 'media', 'brand', 'search', 'data', 'moved',
] as const satisfies readonly (keyof LanguageRoutes)[];

export type PageName = (typeof pageNameList)[number];
export type RouteName = keyof LanguageRoutes;

/** The language whose page a visitor of `locale` is sent to when `locale` has no such page. */
function fallbackOf(l: Language): Locale {
  return (l.fallback ?? sourceLocale) as Locale;
}

/** Address of a route in a language, if that language has it. */
export function ownRoute(name: RouteName, locale: Locale): string | undefined {
  return language(locale).routes[name];
}

/** True when the language has the route. */
export function hasRoute(name: RouteName, locale: Locale): boolean {
  return ownRoute(name, locale) !== undefined;
}

/**
 * Where a visitor reading `locale` finds a route: the language's own address, or the address in its
 * fallback language (a partial language links to pages it does not have in that language).
 */
export function routeFor(name: RouteName, locale: Locale): string {
  const seen = new Set<string>();
  let l: Language = language(locale);
  while (!seen.has(l.code)) {
    const path = l.routes[name];
    if (path) return path;
    seen.add(l.code);
    l = language(fallbackOf(l));
  }
  const path = language(sourceLocale).routes[name];
  if (!path) throw new Error(`No language declares the route "${name}" in src/i18n/languages.ts`);
  return path;
}

/** Languages that have the route, in registry order. */
export function localesWith(name: RouteName): Locale[] {
  return locales.filter((l) => hasRoute(name, l));
}

/**
 * Where each fixed page lives for a visitor of each language: `pagePaths.places.de` is /erleben/orte/.
 * For a partial language without the page this is the fallback language's page; `pageAlternates`
 * lists only the languages that really have it.
 */
export const pagePaths = Object.fromEntries(
  pageNameList.map((name) => [name, Object.fromEntries(locales.map((l) => [l, routeFor(name, l)]))]),
) as Record<PageName, Record<Locale, string>>;

/** hreflang alternates of a fixed page: its address in every language that has it. */
export function fixedAlternates(name: PageName): Partial<Record<Locale, string>> {
  return Object.fromEntries(localesWith(name).map((l) => [l, ownRoute(name, l)!]));
}

/** A month of the calendar, e.g. /veranstaltungen/monat/2026-12/ and /en/events/month/2026-12/. */
export function eventMonthPath(locale: Locale, month: string): string {
  return `${routeFor('eventMonth', locale)}${month}/`;
}

/** The route whose address is the base of each localized collection's entries. */
const entryBases = {
  places: 'places',
  districts: 'districts',
  routes: 'routes',
  events: 'events',
  news: 'news',
  business: 'business',
  festivals: 'festivals',
  pages: 'home',
  practical: 'visit',
  // Leichte Sprache is German only.
  easy: 'easy',
} as const satisfies Record<string, RouteName>;

export type EntryCollection = keyof typeof entryBases;

/** Every collection whose entries are pages. */
export const entryCollections = Object.keys(entryBases) as EntryCollection[];

/** Address below which a collection's entries live in a language, if the language has them. */
export function entryBase(collection: EntryCollection, locale: Locale): string | undefined {
  return ownRoute(entryBases[collection], locale);
}

/** URL of a content entry from its collection, language and slug. */
export function entryPath(collection: EntryCollection, locale: Locale, slug: string): string {
  const base = entryBase(collection, locale);
  if (!base) throw new Error(`content/${collection}/${locale}/${slug}: the language "${locale}" has no address for ${collection} in src/i18n/languages.ts`);
  return `${base}${slug}/`;
}

/** Keys of the pages collection that the footer and header link to. */
export const servicePageKeys = ['contact', 'imprint', 'privacy', 'accessibility'] as const;

/** Anchor of the accessibility facts of a district's places on its page (linked from the accessible-travel page). */
export const accessAnchor = Object.fromEntries(languages.map((l) => [l.code, l.words.access])) as Record<Locale, string>;

/** URL word of numbered list pages (seite, page). */
export function pageWord(locale: Locale): string {
  return language(locale).words.page;
}

/**
 * getStaticPaths of a route file that serves one route in every language: the rest parameter `param`
 * carries the address without its slashes (undefined for the site root), `locale` the language.
 * `below` adds further segments per language (entries, numbered pages, months).
 */
export function localStaticPaths<P extends Record<string, unknown>>(
  param: string,
  name: RouteName,
  below: (locale: Locale, base: string) => { rest?: string; props?: P }[] | Promise<{ rest?: string; props?: P }[]> = () => [{}],
) {
  return Promise.all(
    localesWith(name).map(async (locale) => {
      const base = ownRoute(name, locale)!;
      return (await below(locale, base)).map(({ rest, props }) => ({
        params: { [param]: restParam(`${base}${rest ?? ''}`) },
        props: { locale, ...(props ?? {}) } as { locale: Locale } & P,
      }));
    }),
  ).then((lists) => lists.flat());
}

/** A path as the value of a rest parameter: without leading and trailing slashes, undefined for "/". */
export function restParam(path: string): string | undefined {
  const bare = path.replace(/^\/+|\/+$/g, '');
  return bare === '' ? undefined : bare;
}

export type { Locale };
