import type { APIRoute } from 'astro';
import { mapPlaces } from '../../lib/mapData';
import { dataLicence } from '../../lib/openData';
import { t, type UiKey } from '../../i18n/t';

/** Every place as a GeoJSON FeatureCollection (RFC 7946: longitude first). */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const places = await mapPlaces('de');
  const body = {
    type: 'FeatureCollection',
    licence: dataLicence,
    features: places.map((p) => ({
      type: 'Feature',
      id: p.key,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { name: p.title, kind: p.kind, kindLabel: t('de', `placeKind.${p.kind}` as UiKey), district: p.district, url: new URL(p.url, base).href },
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
