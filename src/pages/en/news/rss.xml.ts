import type { APIRoute } from 'astro';
import { newsRss } from '../../../lib/feeds';

/** RSS feed of the English newsroom. */
export const GET: APIRoute = ({ site }) => newsRss('en', site);
