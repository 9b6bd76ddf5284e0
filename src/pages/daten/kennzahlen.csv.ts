import type { APIRoute } from 'astro';
import { figureRecords, figuresCsv } from '../../lib/figureData';

/** The figures as CSV (RFC 4180, UTF-8, comma-separated, header row); licence and sources in columns. */
export const GET: APIRoute = async () => new Response(figuresCsv(await figureRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
