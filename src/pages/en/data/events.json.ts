import type { APIRoute } from 'astro';
import { upcomingEvents } from '../../../lib/listings';
import { entryByKey, pathOf } from '../../../lib/entries';
import { berlinIso } from '../../../lib/format';
import { dataLicence } from '../../../lib/openData';
import { buildTime } from '../../../lib/buildTime';
import { eventIcsPath } from '../../../lib/eventFeeds';

/** All upcoming events as open data, with the licence in the file itself. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const events = await Promise.all(
    (await upcomingEvents('en')).map(async (e) => {
      const d = e.data;
      const venue = d.venue ? await entryByKey('places', d.venue, 'en') : undefined;
      return {
        id: d.key,
        title: d.title,
        description: d.description,
        start: berlinIso(d.start),
        end: d.end ? berlinIso(d.end) : null,
        allDay: !d.start.includes('T'),
        timeZone: 'Europe/Berlin',
        status: d.status,
        category: d.category,
        pillar: d.pillar,
        free: d.price.free,
        price: d.price.summary ?? null,
        accessibility: d.accessibility ?? null,
        venue: venue
          ? { name: venue.data.title, street: venue.data.address.street, postalCode: venue.data.address.postalCode, locality: 'Dortmund', district: venue.data.district, lat: venue.data.coordinates.lat, lon: venue.data.coordinates.lon, url: new URL(pathOf('places', venue), base).href }
          : { name: d.location?.name ?? null, street: d.location?.address?.street ?? null, postalCode: d.location?.address?.postalCode ?? null, locality: 'Dortmund' },
        organiser: d.organiser,
        url: new URL(pathOf('events', e), base).href,
        ical: new URL(eventIcsPath(e), base).href,
        website: d.website ?? null,
      };
    }),
  );
  const body = {
    title: 'Events in Dortmund',
    language: 'en',
    generated: buildTime().toISOString(),
    licence: dataLicence,
    count: events.length,
    events,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
