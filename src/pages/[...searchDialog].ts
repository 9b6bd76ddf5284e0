import type { APIRoute } from 'astro';
import { localStaticPaths, pagePaths } from '../i18n/routes';
import { counterpart } from '../i18n/languages';
import { t } from '../i18n/t';
import { searchStrings } from '../lib/searchStrings';
import type { SearchDialogData } from '../scripts/searchDialog';
import type { Locale } from '../schemas/enums';

/**
 * What the header's search dialog needs, per language: its own words and the search island's props.
 * Fetched when a visitor first searches from the header (src/scripts/searchDialog.ts), instead of
 * riding along in every page's HTML.
 */
export const getStaticPaths = () => localStaticPaths('searchDialog', 'searchDialog');

export const GET: APIRoute = ({ props }) => {
  const locale = props.locale as Locale;
  const data: SearchDialogData = {
    title: t(locale, 'search.title'),
    close: t(locale, 'search.close'),
    fullPage: t(locale, 'search.fullPage'),
    fullPageHref: pagePaths.search[locale],
    island: { strings: searchStrings(locale), otherSearch: pagePaths.search[counterpart(locale)] },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
