import type { APIRoute } from 'astro';
import { eventsFeed } from '../../../lib/feeds';

/** All upcoming events as open data (English). */
export const GET: APIRoute = ({ site }) => eventsFeed('en', site);
