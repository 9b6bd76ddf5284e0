import type { APIRoute } from 'astro';
import { districts } from '../schemas/enums';
import { mapDataFiles } from '../lib/mapData';
import { localStaticPaths } from '../i18n/routes';

/** The map page's places, one file per district (src/lib/mapData.ts), in every language. */
export const getStaticPaths = () =>
  localStaticPaths('mapData', 'mapData', async (locale) => [...(await mapDataFiles(locale, districts))].map(([file, data]) => ({ rest: `${file}.json`, props: { data } })));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
