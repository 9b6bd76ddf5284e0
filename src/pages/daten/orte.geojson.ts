import type { APIRoute } from 'astro';
import { placesGeoJson } from '../../lib/feeds';

/** All places as GeoJSON (German names). */
export const GET: APIRoute = ({ site }) => placesGeoJson('de', site);
