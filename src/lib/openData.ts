/**
 * Open data the portal publishes: what each file is, where it lives, and under which licence. The
 * data itself comes from the same content the pages use.
 */
import { locales, type Locale } from '../i18n/languages';
import { routeFor } from '../i18n/routes';

/** The office's own data is published under the Datenlizenz Deutschland – Namensnennung – 2.0. */
export const dataLicence = {
  id: 'dl-de/by-2-0',
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
  attribution: 'Stadt Dortmund, Amt für Marketing und Stadtkommunikation',
} as const;

const files = (route: 'openEvents' | 'openPlaces' | 'openPlacesCsv') => Object.fromEntries(locales.map((l) => [l, routeFor(route, l)])) as Record<Locale, string>;

/** Open-data files per language (addresses: src/i18n/languages.ts). */
export const dataFiles = { events: files('openEvents'), places: files('openPlaces'), placesCsv: files('openPlacesCsv') };

/** The figures are language-neutral (labels in both languages), so one file of each format serves both. */
export const figureFiles = { json: '/daten/kennzahlen.json', csv: '/daten/kennzahlen.csv' } as const;
