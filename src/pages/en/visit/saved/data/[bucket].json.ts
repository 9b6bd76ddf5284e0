import type { APIRoute } from 'astro';
import { savedData } from '../../../../../lib/savedData';

/** The saved-list page's item data, one small file per hash bucket (src/lib/savedData.ts). */
export async function getStaticPaths() {
  return [...(await savedData('en')).files].map(([bucket, items]) => ({ params: { bucket: String(bucket) }, props: { items } }));
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
