/**
 * Every enumeration the content model uses, in one place. Types are derived from these lists,
 * so adding a value here is the only change needed to make it valid in content files.
 */

/**
 * Site languages: declared in the language registry (src/i18n/languages.ts), German first as the
 * source. Only the type is re-exported here, so that browser code importing this file does not ship
 * the registry.
 */
export type { Locale } from '../i18n/languages';

/** The portal's pillars; each carries one accent colour. */
export const pillars = ['visit', 'events', 'culture', 'business', 'news'] as const;
export type Pillar = (typeof pillars)[number];

/** The 12 Stadtbezirke of Dortmund, spelled as the city spells them. */
export const districts = [
  'Innenstadt-West',
  'Innenstadt-Nord',
  'Innenstadt-Ost',
  'Eving',
  'Scharnhorst',
  'Brackel',
  'Aplerbeck',
  'Hörde',
  'Hombruch',
  'Lütgendortmund',
  'Huckarde',
  'Mengede',
] as const;
export type District = (typeof districts)[number];

/** What kind of place an entry describes. */
export const placeKinds = [
  'sight',
  'museum',
  'venue',
  'park',
  'landmark',
  'church',
  'lake',
  'stadium',
  'zoo',
  'memorial',
] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Event categories for the calendar and its feeds. */
export const eventCategories = [
  'festival',
  'market',
  'music',
  'stage',
  'exhibition',
  'sport',
  'trade-fair',
  'family',
  'guided-tour',
  'night',
] as const;
export type EventCategory = (typeof eventCategories)[number];

/**
 * Status of an event as schema.org and iCalendar know it. `tentative`: the date follows a published
 * rule (e.g. "always the last Saturday in June") but the organiser has not confirmed it yet.
 */
export const eventStatuses = ['scheduled', 'tentative', 'cancelled', 'moved'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** News items are either news for everyone or formal press releases. */
export const newsKinds = ['news', 'press-release'] as const;
export type NewsKind = (typeof newsKinds)[number];

/** Business pages by type. */
export const businessKinds = ['sector', 'science', 'site', 'startup', 'service'] as const;
export type BusinessKind = (typeof businessKinds)[number];

/** Pages that are neither places nor events: legal, practical, service. */
export const pageKinds = ['legal', 'practical', 'service'] as const;
export type PageKind = (typeof pageKinds)[number];

/** Teams of the office that own content and review it. */
export const owners = [
  'redaktion-tourismus',
  'redaktion-kultur',
  'redaktion-wirtschaft',
  'pressestelle',
  'online-redaktion',
] as const;
export type Owner = (typeof owners)[number];

/** Licences that images and figures may carry. */
export const licences = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'DL-DE-BY-2.0',
  'DL-DE-ZERO-2.0',
  'all-rights-reserved',
] as const;
export type Licence = (typeof licences)[number];

/** How each licence is named under an image or a figure. */
export const licenceLabels: Record<Licence, string> = {
  'CC0-1.0': 'CC0 1.0',
  'CC-BY-4.0': 'CC BY 4.0',
  'CC-BY-SA-4.0': 'CC BY-SA 4.0',
  'DL-DE-BY-2.0': 'Datenlizenz Deutschland – Namensnennung – 2.0',
  'DL-DE-ZERO-2.0': 'Datenlizenz Deutschland – Zero – 2.0',
  'all-rights-reserved': '©',
};

/**
 * Access needs a visitor can filter by (places now, the event finder later). Which facts make a place
 * fit a need is decided in one place: src/lib/needs.ts.
 */
export const accessNeeds = ['wheelchair', 'walking', 'seeing', 'hearing', 'learning'] as const;
export type AccessNeed = (typeof accessNeeds)[number];

/** Days of the week in opening-hours tables, Monday first as in Germany. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
