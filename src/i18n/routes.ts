import type { Locale } from '../schemas/enums';

/**
 * URL of every fixed page in both languages, paired explicitly: the German and the English address
 * of the same page are declared side by side, never derived from each other.
 */
export const pagePaths = {
  home: { de: '/', en: '/en/' },
  visit: { de: '/erleben/', en: '/en/visit/' },
  places: { de: '/erleben/orte/', en: '/en/visit/places/' },
  districts: { de: '/erleben/stadtbezirke/', en: '/en/visit/districts/' },
  routes: { de: '/erleben/touren/', en: '/en/visit/routes/' },
  map: { de: '/erleben/karte/', en: '/en/visit/map/' },
  saved: { de: '/erleben/merkliste/', en: '/en/visit/saved/' },
  events: { de: '/veranstaltungen/', en: '/en/events/' },
  eventArchive: { de: '/veranstaltungen/archiv/', en: '/en/events/archive/' },
  submitEvent: { de: '/veranstaltungen/melden/', en: '/en/events/submit/' },
  /** Day views, built for the build date (doc/deploy.md: rebuilt every night). */
  eventsToday: { de: '/veranstaltungen/heute/', en: '/en/events/today/' },
  eventsWeekend: { de: '/veranstaltungen/wochenende/', en: '/en/events/weekend/' },
  eventsWeek: { de: '/veranstaltungen/naechste-7-tage/', en: '/en/events/next-7-days/' },
  culture: { de: '/kultur/', en: '/en/culture/' },
  festivals: { de: '/kultur/festivals/', en: '/en/culture/festivals/' },
  business: { de: '/wirtschaft/', en: '/en/business/' },
  figures: { de: '/wirtschaft/zahlen/', en: '/en/business/figures/' },
  contacts: { de: '/wirtschaft/ansprechpartner/', en: '/en/business/contacts/' },
  news: { de: '/aktuelles/', en: '/en/news/' },
  press: { de: '/aktuelles/presse/', en: '/en/news/press/' },
  media: { de: '/aktuelles/mediathek/', en: '/en/news/media/' },
  brand: { de: '/aktuelles/marke/', en: '/en/news/brand/' },
  search: { de: '/suche/', en: '/en/search/' },
  data: { de: '/daten/', en: '/en/data/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageName = keyof typeof pagePaths;

/** A month of the calendar, e.g. /veranstaltungen/monat/2026-12/ and /en/events/month/2026-12/. */
export function eventMonthPath(locale: Locale, month: string): string {
  return `${locale === 'de' ? '/veranstaltungen/monat/' : '/en/events/month/'}${month}/`;
}

/** Where the entries of each localized collection live, per language. */
const entryBases = {
  places: { de: '/erleben/orte/', en: '/en/visit/places/' },
  districts: { de: '/erleben/stadtbezirke/', en: '/en/visit/districts/' },
  routes: { de: '/erleben/touren/', en: '/en/visit/routes/' },
  events: { de: '/veranstaltungen/', en: '/en/events/' },
  news: { de: '/aktuelles/', en: '/en/news/' },
  business: { de: '/wirtschaft/', en: '/en/business/' },
  festivals: { de: '/kultur/festivals/', en: '/en/culture/festivals/' },
  pages: { de: '/', en: '/en/' },
  practical: { de: '/erleben/', en: '/en/visit/' },
  // Leichte Sprache is German only; the English base exists for the type and is never used.
  easy: { de: '/leichte-sprache/', en: '/en/easy-language/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EntryCollection = keyof typeof entryBases;

/** Every collection whose entries are pages, in both languages (Leichte Sprache only in German). */
export const entryCollections = Object.keys(entryBases) as EntryCollection[];

/** URL of a content entry from its collection, language and slug. */
export function entryPath(collection: EntryCollection, locale: Locale, slug: string): string {
  return `${entryBases[collection][locale]}${slug}/`;
}

/** Keys of the pages collection that the footer and header link to. */
export const servicePageKeys = ['contact', 'imprint', 'privacy', 'accessibility'] as const;

/** Anchor of the accessibility facts of a district's places on its page (linked from the accessible-travel page). */
export const accessAnchor: Record<Locale, string> = { de: 'barrierefreiheit', en: 'accessibility' };
