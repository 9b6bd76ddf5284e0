import type { APIRoute } from 'astro';
import { finderData } from '../lib/finderData';
import { localStaticPaths } from '../i18n/routes';

/** The event finder's data, one file per month part (src/lib/finderData.ts), in every language. */
export const getStaticPaths = () =>
  localStaticPaths('eventData', 'eventData', async (locale) => [...(await finderData(locale)).files].map(([file, data]) => ({ rest: `${file}.json`, props: { data } })));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
