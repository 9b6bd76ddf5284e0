import type { APIRoute } from 'astro';
import { localStaticPaths, pagePaths } from '../i18n/routes';
import { counterpart } from '../i18n/languages';
import { searchStrings } from '../lib/searchStrings';

/**
 * The props of the header's search dialog, per language. They are fetched when a visitor first opens
 * the dialog, together with the search island, instead of riding along in every page's HTML (about
 * 0.5 KB gzipped that no first paint needs).
 */
export const getStaticPaths = () => localStaticPaths('searchDialog', 'searchDialog');

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ strings: searchStrings(props.locale), otherSearch: pagePaths.search[counterpart(props.locale)] }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
