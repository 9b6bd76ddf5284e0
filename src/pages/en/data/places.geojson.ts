import type { APIRoute } from 'astro';
import { placesGeoJson } from '../../../lib/feeds';

/** All places as GeoJSON (English names). */
export const GET: APIRoute = ({ site }) => placesGeoJson('en', site);
