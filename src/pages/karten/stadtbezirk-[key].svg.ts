import type { APIRoute, GetStaticPaths } from 'astro';
import tokensCss from '../../styles/tokens.css?raw';
import { entriesIn } from '../../lib/entries';
import { baseMapSvg, districtView, mapColours } from '../../lib/mapSvg';

/** One district picked out on the city map, framed around it, for its district page. */
export const getStaticPaths = (async () =>
  (await entriesIn('districts', 'de')).map((d) => ({ params: { key: d.data.key }, props: { name: d.data.district } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }> = ({ props }) =>
  new Response(baseMapSvg(mapColours(tokensCss), { view: districtView(props.name), highlight: props.name }), { headers: { 'Content-Type': 'image/svg+xml' } });
