import type { APIRoute } from 'astro';
import { figureRecords } from '../../lib/figureData';
import { dataLicence } from '../../lib/openData';
import { buildTime } from '../../lib/buildTime';

/** Every figure the portal shows, with source, date, licence and where it is used. */
export const GET: APIRoute = async () => {
  const figures = await figureRecords();
  const body = { title: 'Dortmund in Zahlen / Dortmund in figures', generated: buildTime().toISOString(), licence: dataLicence, count: figures.length, figures };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
