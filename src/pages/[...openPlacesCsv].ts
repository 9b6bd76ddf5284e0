import type { APIRoute } from 'astro';
import { placesCsvFile } from '../lib/feeds';
import { localStaticPaths } from '../i18n/routes';

/** All places as CSV with their access facts, per language. */
export const getStaticPaths = () => localStaticPaths('openPlacesCsv', 'openPlacesCsv');

export const GET: APIRoute = ({ props, site }) => placesCsvFile(props.locale, site);
