import type { APIRoute } from 'astro';
import { placesCsvFile } from '../../lib/feeds';

/** All places as CSV (German names), with their access facts. */
export const GET: APIRoute = ({ site }) => placesCsvFile('de', site);
