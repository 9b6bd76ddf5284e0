/**
 * Open data the portal publishes: what each file is, where it lives, and under which licence. The
 * data itself comes from the same content the pages use.
 */
import type { Locale } from '../schemas/enums';

/** The office's own data is published under the Datenlizenz Deutschland – Namensnennung – 2.0. */
export const dataLicence = {
  id: 'dl-de/by-2-0',
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
  attribution: 'Stadt Dortmund, Amt für Marketing und Stadtkommunikation',
} as const;

export const dataFiles = {
  events: { de: '/daten/veranstaltungen.json', en: '/en/data/events.json' },
  places: { de: '/daten/orte.geojson', en: '/en/data/places.geojson' },
  placesCsv: { de: '/daten/orte.csv', en: '/en/data/places.csv' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The figures are language-neutral (labels in both languages), so one file of each format serves both. */
export const figureFiles = { json: '/daten/kennzahlen.json', csv: '/daten/kennzahlen.csv' } as const;
