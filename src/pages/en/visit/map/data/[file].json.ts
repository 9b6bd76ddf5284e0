import type { APIRoute } from 'astro';
import { districts } from '../../../../../schemas/enums';
import { mapDataFiles } from '../../../../../lib/mapData';

/** The map page's places, one file per district (src/lib/mapData.ts). */
export async function getStaticPaths() {
  return [...(await mapDataFiles('en', districts))].map(([file, data]) => ({ params: { file }, props: { data } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
