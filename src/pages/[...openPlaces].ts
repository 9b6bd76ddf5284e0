import type { APIRoute } from 'astro';
import { placesGeoJson } from '../lib/feeds';
import { localStaticPaths } from '../i18n/routes';

/** All places as GeoJSON, per language. */
export const getStaticPaths = () => localStaticPaths('openPlaces', 'openPlaces');

export const GET: APIRoute = ({ props, site }) => placesGeoJson(props.locale, site);
