import type { APIRoute } from 'astro';
import tokensCss from '../../styles/tokens.css?raw';
import { baseMapSvg, mapColours } from '../../lib/mapSvg';

/** The base of the city map: towns around, the 12 Stadtbezirke, the boundary (no text). */
export const GET: APIRoute = () => new Response(baseMapSvg(mapColours(tokensCss)), { headers: { 'Content-Type': 'image/svg+xml' } });
