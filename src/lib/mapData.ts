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

export async function mapPlaces(locale: Locale): Promise<MapPlace[]> {
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

export async function mapDistrictLabels(locale: Locale): Promise<MapLabel[]> {
  return (await entriesIn('districts', locale))
    .sort((a, b) => a.data.number - b.data.number)
    .map((d) => ({ name: d.data.district, url: pathOf('districts', d), ...project(d.data.labelPoint) }));
}
