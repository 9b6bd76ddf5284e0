import type { APIRoute } from 'astro';
import { finderData } from '../../../lib/finderData';

/** The event finder's data, one file per month part (src/lib/finderData.ts). */
export async function getStaticPaths() {
  return [...(await finderData('de')).files].map(([file, data]) => ({ params: { file }, props: { data } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
