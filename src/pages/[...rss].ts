import type { APIRoute } from 'astro';
import { newsRss } from '../lib/feeds';
import { localStaticPaths } from '../i18n/routes';

/** RSS feed of each language's newsroom. */
export const getStaticPaths = () => localStaticPaths('rss', 'rss');

export const GET: APIRoute = ({ props, site }) => newsRss(props.locale, site);
