import type { APIRoute } from 'astro';
import { savedData } from '../lib/savedData';
import { localStaticPaths } from '../i18n/routes';

/** The saved-list page's item data, one small file per hash bucket (src/lib/savedData.ts), in every language. */
export const getStaticPaths = () =>
  localStaticPaths('savedData', 'savedData', async (locale) => [...(await savedData(locale)).files].map(([bucket, items]) => ({ rest: `${bucket}.json`, props: { items } })));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
