import type { APIRoute } from 'astro';
import { eventsFeed } from '../lib/feeds';
import { localStaticPaths } from '../i18n/routes';

/** All upcoming events as open data, per language. */
export const getStaticPaths = () => localStaticPaths('openEvents', 'openEvents');

export const GET: APIRoute = ({ props, site }) => eventsFeed(props.locale, site);
