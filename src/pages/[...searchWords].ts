import type { APIRoute } from 'astro';
import { searchWords } from '../lib/searchWords';
import { localStaticPaths } from '../i18n/routes';

/** Known words of each language's pages, for "Did you mean …?" after a search without results. */
export const getStaticPaths = () => localStaticPaths('searchWords', 'searchWords');

export const GET: APIRoute = ({ props }) => searchWords(props.locale);
