/**
 * What the maps show: every place with its position, kind and district, and the district labels.
 * Built once per language at build time and handed to the static map and the map island as data.
 */
import type { Locale } from '../schemas/enums';
import { entriesIn, pathOf } from './entries';
import { project } from './geo';

export interface MapPlace {
  key: string;
  title: string;
  url: string;
  kind: string;
  district: string;
  lat: number;
  lon: number;
  x: number;
  y: number;
}

export interface MapLabel {
  name: string;
  url: string;
  x: number;
  y: number;
}

const placesCache = new Map<Locale, Promise<MapPlace[]>>();
const labelsCache = new Map<Locale, Promise<MapLabel[]>>();

/** Computed once per language and build: every place, district and route page draws a map. */
export function mapPlaces(locale: Locale): Promise<MapPlace[]> {
  if (!placesCache.has(locale)) placesCache.set(locale, computePlaces(locale));
  return placesCache.get(locale)!;
}

export function mapDistrictLabels(locale: Locale): Promise<MapLabel[]> {
  if (!labelsCache.has(locale)) labelsCache.set(locale, computeLabels(locale));
  return labelsCache.get(locale)!;
}

async function computePlaces(locale: Locale): Promise<MapPlace[]> {
  return (await entriesIn('places', locale))
    .map((p) => ({
      key: p.data.key,
      title: p.data.title,
      url: pathOf('places', p),
      kind: p.data.kind,
      district: p.data.district,
      lat: p.data.coordinates.lat,
      lon: p.data.coordinates.lon,
      ...project(p.data.coordinates),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

async function computeLabels(locale: Locale): Promise<MapLabel[]> {
  return (await entriesIn('districts', locale))
    .sort((a, b) => a.data.number - b.data.number)
    .map((d) => ({ name: d.data.district, url: pathOf('districts', d), ...project(d.data.labelPoint) }));
}
