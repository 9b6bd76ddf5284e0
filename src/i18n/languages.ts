/**
 * The portal's languages: the only place a language is declared. Everything else (the Locale type,
 * route files, hreflang, the language switch, feeds, sitemap, search indexes, tests and the content
 * report) reads this list. Adding a language takes an entry here, a UI string file
 * (src/i18n/<code>.json) and content in content/<collection>/<code>/ (doc/adr/0009-languages-as-data.md).
 *
 * Kept free of imports and of syntax Node cannot strip, so that scripts (content report, redirects)
 * can import it as it is.
 */

/**
 * Address of every fixed page and file of a language. German and English addresses of the same page
 * are paired by their key, never derived from each other. A partial language declares only the pages
 * it really has; the others are not built in that language.
 */
export interface LanguageRoutes {
  home: string;
  visit?: string;
  places?: string;
  districts?: string;
  routes?: string;
  map?: string;
  saved?: string;
  events?: string;
  eventArchive?: string;
  /** Form for organisers to submit an event. */
  submitEvent?: string;
  /** Day views, built for the build date (doc/deploy.md: rebuilt every night). */
  eventsToday?: string;
  eventsWeekend?: string;
  eventsWeek?: string;
  /** Base of the month lists: <eventMonth>2026-12/ */
  eventMonth?: string;
  culture?: string;
  festivals?: string;
  business?: string;
  figures?: string;
  contacts?: string;
  news?: string;
  /** Bases of the newsroom's filter pages: <newsPillar>visit/, <newsYear>2026/ */
  newsPillar?: string;
  newsYear?: string;
  press?: string;
  media?: string;
  brand?: string;
  search?: string;
  data?: string;
  /** "This page has moved" (noindex; target of old addresses without a redirect). */
  moved?: string;
  /** Leichte Sprache (German only). */
  easy?: string;
  /** Data files of islands and the open-data files. */
  mapData?: string;
  savedData?: string;
  eventData?: string;
  eventFeeds?: string;
  searchWords?: string;
  /** The header search dialog's strings, fetched when the dialog first opens. */
  searchDialog?: string;
  rss?: string;
  openEvents?: string;
  openPlaces?: string;
  openPlacesCsv?: string;
}

export interface Language {
  /** Code in content folders, UI string file names and the html lang attribute. */
  code: string;
  /** Everything of this language lives below this path ('/' for the source language). */
  prefix: string;
  /** Locale for Intl (dates, numbers, lists). */
  intl: string;
  /** Value of hreflang. */
  hreflang: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  /** Language of the Pagefind index (Pagefind splits its index by the html lang). */
  pagefind: string;
  /** Written after a clock time (" Uhr"), if the language does that. */
  clockSuffix?: string;
  /** Complete languages have every page; partial ones only pages whose content exists. */
  complete: boolean;
  /** Where a partial language's visitors go for pages it does not have. */
  fallback?: string;
  routes: LanguageRoutes;
  /** URL words inside addresses built from data. */
  words: {
    /** Numbered list pages: <list>seite/2/ */
    page: string;
    /** Feed of all events: <eventFeeds>alle.ics */
    allFeed: string;
    pillarFeed: string;
    categoryFeed: string;
    /** Anchor of the accessibility facts on district and place pages. */
    access: string;
    /** Words for pillar and category values in feed addresses; values without one are used as they are. */
    values?: Record<string, string>;
  };
}

const registry = [
  {
    code: 'de',
    prefix: '/',
    intl: 'de-DE',
    hreflang: 'de',
    name: 'Deutsch',
    pagefind: 'de',
    clockSuffix: ' Uhr',
    complete: true,
    routes: {
      home: '/',
      visit: '/erleben/',
      places: '/erleben/orte/',
      districts: '/erleben/stadtbezirke/',
      routes: '/erleben/touren/',
      map: '/erleben/karte/',
      saved: '/erleben/merkliste/',
      events: '/veranstaltungen/',
      eventArchive: '/veranstaltungen/archiv/',
      submitEvent: '/veranstaltungen/melden/',
      eventsToday: '/veranstaltungen/heute/',
      eventsWeekend: '/veranstaltungen/wochenende/',
      eventsWeek: '/veranstaltungen/naechste-7-tage/',
      eventMonth: '/veranstaltungen/monat/',
      culture: '/kultur/',
      festivals: '/kultur/festivals/',
      business: '/wirtschaft/',
      figures: '/wirtschaft/zahlen/',
      contacts: '/wirtschaft/ansprechpartner/',
      news: '/aktuelles/',
      newsPillar: '/aktuelles/bereich/',
      newsYear: '/aktuelles/jahr/',
      press: '/aktuelles/presse/',
      media: '/aktuelles/mediathek/',
      brand: '/aktuelles/marke/',
      search: '/suche/',
      data: '/daten/',
      moved: '/umgezogen/',
      easy: '/leichte-sprache/',
      mapData: '/erleben/karte/daten/',
      savedData: '/erleben/merkliste/daten/',
      eventData: '/veranstaltungen/daten/',
      eventFeeds: '/veranstaltungen/kalender/',
      searchWords: '/suche/woerter.json',
      searchDialog: '/suche/dialog.json',
      rss: '/aktuelles/rss.xml',
      openEvents: '/daten/veranstaltungen.json',
      openPlaces: '/daten/orte.geojson',
      openPlacesCsv: '/daten/orte.csv',
    },
    words: {
      page: 'seite',
      allFeed: 'alle',
      pillarFeed: 'bereich',
      categoryFeed: 'kategorie',
      access: 'barrierefreiheit',
      values: {
        visit: 'erleben', events: 'veranstaltungen', culture: 'kultur', business: 'wirtschaft', news: 'aktuelles',
        festival: 'festival', market: 'markt', music: 'musik', stage: 'buehne', exhibition: 'ausstellung', sport: 'sport',
        'trade-fair': 'messe', family: 'familie', 'guided-tour': 'fuehrung', night: 'nacht',
      },
    },
  },
  {
    code: 'en',
    prefix: '/en/',
    intl: 'en-GB',
    hreflang: 'en',
    name: 'English',
    pagefind: 'en',
    complete: true,
    routes: {
      home: '/en/',
      visit: '/en/visit/',
      places: '/en/visit/places/',
      districts: '/en/visit/districts/',
      routes: '/en/visit/routes/',
      map: '/en/visit/map/',
      saved: '/en/visit/saved/',
      events: '/en/events/',
      eventArchive: '/en/events/archive/',
      submitEvent: '/en/events/submit/',
      eventsToday: '/en/events/today/',
      eventsWeekend: '/en/events/weekend/',
      eventsWeek: '/en/events/next-7-days/',
      eventMonth: '/en/events/month/',
      culture: '/en/culture/',
      festivals: '/en/culture/festivals/',
      business: '/en/business/',
      figures: '/en/business/figures/',
      contacts: '/en/business/contacts/',
      news: '/en/news/',
      newsPillar: '/en/news/section/',
      newsYear: '/en/news/year/',
      press: '/en/news/press/',
      media: '/en/news/media/',
      brand: '/en/news/brand/',
      search: '/en/search/',
      data: '/en/data/',
      moved: '/en/moved/',
      mapData: '/en/visit/map/data/',
      savedData: '/en/visit/saved/data/',
      eventData: '/en/events/data/',
      eventFeeds: '/en/events/calendar/',
      searchWords: '/en/search/words.json',
      searchDialog: '/en/search/dialog.json',
      rss: '/en/news/rss.xml',
      openEvents: '/en/data/events.json',
      openPlaces: '/en/data/places.geojson',
      openPlacesCsv: '/en/data/places.csv',
    },
    words: { page: 'page', allFeed: 'all', pillarFeed: 'pillar', categoryFeed: 'category', access: 'accessibility' },
  },
  {
    code: 'nl',
    prefix: '/nl/',
    intl: 'nl-NL',
    hreflang: 'nl',
    name: 'Nederlands',
    pagefind: 'nl',
    clockSuffix: ' uur',
    // Partial: pages exist where Dutch content exists; everything else links to the English pages.
    complete: false,
    fallback: 'en',
    routes: {
      home: '/nl/',
      visit: '/nl/bezoeken/',
      places: '/nl/bezoeken/bezienswaardigheden/',
      districts: '/nl/bezoeken/stadsdelen/',
      routes: '/nl/bezoeken/routes/',
      map: '/nl/bezoeken/kaart/',
      events: '/nl/evenementen/',
      eventArchive: '/nl/evenementen/archief/',
      eventsToday: '/nl/evenementen/vandaag/',
      eventsWeekend: '/nl/evenementen/weekend/',
      eventsWeek: '/nl/evenementen/komende-7-dagen/',
      eventMonth: '/nl/evenementen/maand/',
      culture: '/nl/cultuur/',
      business: '/nl/economie/',
      figures: '/nl/economie/cijfers/',
      news: '/nl/nieuws/',
      search: '/nl/zoeken/',
      mapData: '/nl/bezoeken/kaart/data/',
      eventData: '/nl/evenementen/data/',
      eventFeeds: '/nl/evenementen/agenda/',
      searchWords: '/nl/zoeken/woorden.json',
      searchDialog: '/nl/zoeken/dialog.json',
    },
    words: {
      page: 'pagina',
      allFeed: 'alle',
      pillarFeed: 'rubriek',
      categoryFeed: 'categorie',
      access: 'toegankelijkheid',
      values: {
        visit: 'bezoeken', events: 'evenementen', culture: 'cultuur', business: 'economie', news: 'nieuws',
        festival: 'festival', market: 'markt', music: 'muziek', stage: 'podium', exhibition: 'tentoonstelling', sport: 'sport',
        'trade-fair': 'beurs', family: 'gezin', 'guided-tour': 'rondleiding', night: 'avond',
      },
    },
  },
] as const satisfies readonly Language[];

/** A language code of the registry. */
export type Locale = (typeof registry)[number]['code'];

/** The languages of the portal, in registry order (German, the source, first). */
export const languages: readonly (Language & { code: Locale })[] = registry;

/** Every language code, the source language (German) first. */
export const locales = languages.map((l) => l.code) as Locale[];

/** The source language: content is written in it first, x-default points at it. */
export const sourceLocale: Locale = languages[0].code;

const byCode = new Map<string, Language>(languages.map((l) => [l.code, l]));

/** The registry entry of a language. */
export function language(code: Locale): Language {
  return byCode.get(code)!;
}

/** True when the value is a language of the registry. */
export function isLocale(value: string): value is Locale {
  return byCode.has(value);
}

/** Language of a path on the site, by the languages' prefixes (the longest prefix wins). */
export function localeOfPath(path: string): Locale {
  let best: Language = languages[0];
  for (const l of languages) {
    const bare = l.prefix.replace(/\/$/, '');
    if ((path === bare || path.startsWith(l.prefix)) && l.prefix.length > best.prefix.length) best = l;
  }
  return best.code as Locale;
}

/**
 * The language a reader is pointed to for "search in another language": a partial language's
 * fallback, German for the other languages, and the first other complete language for German.
 */
export function counterpart(code: Locale): Locale {
  const l = language(code);
  if (l.fallback) return l.fallback as Locale;
  if (code !== sourceLocale) return sourceLocale;
  return (languages.find((o) => o.code !== code && o.complete) ?? languages[0]).code as Locale;
}

/**
 * A text given per language in a data file (figure labels, contact names): the language's own text,
 * or its fallback language's, or the source language's. Also tells which language the text is in.
 */
export function textIn(texts: Partial<Record<string, string>>, code: Locale): { text: string; lang: Locale } {
  const seen = new Set<string>();
  let l: Language | undefined = language(code);
  while (l && !seen.has(l.code)) {
    const text = texts[l.code];
    if (text !== undefined) return { text, lang: l.code as Locale };
    seen.add(l.code);
    l = byCode.get(l.fallback ?? sourceLocale);
  }
  return { text: texts[sourceLocale] ?? '', lang: sourceLocale };
}
