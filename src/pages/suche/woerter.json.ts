import type { APIRoute } from 'astro';
import { searchWords } from '../../lib/searchWords';

/** Known words of the German pages, for "Meinten Sie …?" after a search without results. */
export const GET: APIRoute = () => searchWords('de');
