import type { APIRoute } from 'astro';
import { eventsFeed } from '../../lib/feeds';

/** All upcoming events as open data (German). */
export const GET: APIRoute = ({ site }) => eventsFeed('de', site);
