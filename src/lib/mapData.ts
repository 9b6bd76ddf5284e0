/**
 * What the maps show: every place with its position, kind and district, and the district labels.
 * Built once per language at build time and handed to the static map and the map island as data.
 */
import type { AccessNeed, Locale } from '../schemas/enums';
import { entriesIn, pathOf } from './entries';
import { locales } from '../i18n/languages';
import { routeFor } from '../i18n/routes';
import { project } from './geo';
import { needsOf } from './needs';
import { buildTime } from './buildTime';

export interface MapPlace {
  key: string;
  title: string;
  url: string;
  kind: string;
  district: string;
  /** Access needs the place meets by its sourced facts (src/lib/needs.ts), for the filter by need. */
  needs: AccessNeed[];
  lat: number;
  lon: number;
  x: number;
  y: number;
  /**
   * Rank in the alphabetical order of all places of the language (map data files only): the island
   * sorts by it, because a collator's first use costs a slow phone a long task.
   */
  order?: number;
}

/** A place without a verified position: listed with the others, never drawn. */
export type ListedPlace = Omit<MapPlace, 'lat' | 'lon' | 'x' | 'y'>;

export interface MapLabel {
  name: string;
  url: string;
  x: number;
  y: number;
  /** The name broken into lines where it is long (set by placeDistrictLabels). */
  lines?: string[];
}

/** The build day decides whether a "Reisen für Alle" certificate still counts. */
const today = () => buildTime().toISOString().slice(0, 10);

const placesCache = new Map<Locale, Promise<MapPlace[]>>();
const unmappedCache = new Map<Locale, Promise<ListedPlace[]>>();
const labelsCache = new Map<Locale, Promise<MapLabel[]>>();

/** Computed once per language and build: every place, district and route page draws a map. */
export function mapPlaces(locale: Locale): Promise<MapPlace[]> {
  if (!placesCache.has(locale)) placesCache.set(locale, computePlaces(locale));
  return placesCache.get(locale)!;
}

/** Places that have no coordinates yet, for the map's list. */
export function unmappedPlaces(locale: Locale): Promise<ListedPlace[]> {
  if (!unmappedCache.has(locale)) {
    unmappedCache.set(
      locale,
      entriesIn('places', locale).then((all) =>
        all
          .filter((p) => !p.data.coordinates)
          .map((p) => ({ key: p.data.key, title: p.data.title, url: pathOf('places', p), kind: p.data.kind, district: p.data.district, needs: needsOf(p.data.access, today()) }))
          .sort((a, b) => a.title.localeCompare(b.title, locale)),
      ),
    );
  }
  return unmappedCache.get(locale)!;
}

export function mapDistrictLabels(locale: Locale): Promise<MapLabel[]> {
  if (!labelsCache.has(locale)) labelsCache.set(locale, computeLabels(locale));
  return labelsCache.get(locale)!;
}

async function computePlaces(locale: Locale): Promise<MapPlace[]> {
  return (await entriesIn('places', locale))
    .flatMap((p) => (p.data.coordinates ? [{ ...p, coordinates: p.data.coordinates }] : []))
    .map((p) => ({
      key: p.data.key,
      title: p.data.title,
      url: pathOf('places', p),
      kind: p.data.kind,
      district: p.data.district,
      needs: needsOf(p.data.access, today()),
      lat: p.coordinates.lat,
      lon: p.coordinates.lon,
      ...project(p.coordinates),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

async function computeLabels(locale: Locale): Promise<MapLabel[]> {
  return (await entriesIn('districts', locale))
    .sort((a, b) => a.data.number - b.data.number)
    .map((d) => ({ name: d.data.district, url: pathOf('districts', d), ...project(d.data.labelPoint) }));
}

/** The map page's data in one file per district: its places on the map and those without a point. */
export interface MapFile {
  places: MapPlace[];
  unplaced: ListedPlace[];
}

export const mapDataBase = Object.fromEntries(locales.map((l) => [l, routeFor('mapData', l)])) as Record<Locale, string>;

/**
 * The map page's places, one file per district ("1" … "12", in the order of the districts list), so
 * that the page loads what its filter shows instead of receiving every place as props.
 */
export async function mapDataFiles(locale: Locale, districtNames: readonly string[]): Promise<Map<string, MapFile>> {
  const collator = new Intl.Collator(locale);
  const all = [...(await mapPlaces(locale)), ...(await unmappedPlaces(locale))].sort((a, b) => collator.compare(a.title, b.title));
  const order = new Map(all.map((p, i) => [p.key, i]));
  const places = (await mapPlaces(locale)).map((p) => ({ ...p, order: order.get(p.key)! }));
  const unplaced = (await unmappedPlaces(locale)).map((p) => ({ ...p, order: order.get(p.key)! }));
  return new Map(
    districtNames.map((d, i) => [String(i + 1), { places: places.filter((p) => p.district === d), unplaced: unplaced.filter((p) => p.district === d) }]),
  );
}
