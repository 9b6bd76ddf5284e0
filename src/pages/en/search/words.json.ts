import type { APIRoute } from 'astro';
import { searchWords } from '../../../lib/searchWords';

/** Known words of the English pages, for "Did you mean …?" after a search without results. */
export const GET: APIRoute = () => searchWords('en');
