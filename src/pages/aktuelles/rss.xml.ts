import type { APIRoute } from 'astro';
import { newsRss } from '../../lib/feeds';

/** RSS feed of the German newsroom. */
export const GET: APIRoute = ({ site }) => newsRss('de', site);
