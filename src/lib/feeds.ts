/**
 * The open-data files and the RSS feed, built for one language. The route files in src/pages only
 * choose the language, so both languages are always built by the same code.
 */
import rss from '@astrojs/rss';
import type { Locale } from '../schemas/enums';
import { latestNews } from './listings';
import { occurrenceId, upcomingOccurrences } from './occurrences';
import { entryByKey, pathOf } from './entries';
import { berlinIso } from './format';
import { dataLicence } from './openData';
import { buildTime } from './buildTime';
import { eventIcsPath } from './eventFeeds';
import { placeRecords, placesCsv } from './placeData';
import { t, type UiKey } from '../i18n/t';
import { rssPath } from './newsroom';

const json = (body: unknown, type = 'application/json') => new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': `${type}; charset=utf-8` } });

/**
 * All upcoming dates of a language as open data, with the licence in the file itself: one record per
 * occurrence (a series contributes each date in the next 13 months), with the entry it belongs to.
 */
export async function eventsFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const base = site ?? new URL('http://localhost:4321');
  const events = await Promise.all(
    (await upcomingOccurrences(locale)).map(async (item) => {
      const { entry: e, occurrence: o } = item;
      const d = e.data;
      const venue = d.venue ? await entryByKey('places', d.venue, locale) : undefined;
      return {
        id: occurrenceId(item),
        event: d.key,
        series: Boolean(d.recurrence),
        title: d.title,
        description: d.description,
        start: berlinIso(o.start),
        end: o.end ? berlinIso(o.end) : null,
        allDay: !o.start.includes('T'),
        timeZone: 'Europe/Berlin',
        status: o.status,
        originalStart: o.id !== o.start ? berlinIso(o.id) : null,
        note: o.note ?? null,
        category: d.category,
        pillar: d.pillar,
        free: d.price.free,
        price: d.price.summary ?? null,
        accessibility: d.accessibility ?? null,
        venue: venue
          ? { name: venue.data.title, street: venue.data.address.street, postalCode: venue.data.address.postalCode, locality: 'Dortmund', district: venue.data.district, lat: venue.data.coordinates?.lat ?? null, lon: venue.data.coordinates?.lon ?? null, url: new URL(pathOf('places', venue), base).href }
          : { name: d.location?.name ?? null, street: d.location?.address?.street ?? null, postalCode: d.location?.address?.postalCode ?? null, locality: 'Dortmund' },
        organiser: d.organiser,
        url: new URL(pathOf('events', e), base).href,
        ical: new URL(eventIcsPath(e), base).href,
        website: d.website ?? null,
      };
    }),
  );
  return json({ title: t(locale, 'data.eventsFeedTitle'), language: locale, generated: buildTime().toISOString(), licence: dataLicence, count: events.length, events });
}

/**
 * Every place of a language that has a position, as a GeoJSON FeatureCollection (RFC 7946: longitude
 * first), with its opening hours, admission, access facts and the needs they meet.
 */
export async function placesGeoJson(locale: Locale, site: URL | undefined): Promise<Response> {
  const base = site ?? new URL('http://localhost:4321');
  const features = (await placeRecords(locale, base)).flatMap((p) =>
    p.lat === null || p.lon === null
      ? []
      : [
          {
            type: 'Feature',
            id: p.key,
            geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
            properties: {
              name: p.name,
              kind: p.kind,
              kindLabel: t(locale, `placeKind.${p.kind}` as UiKey),
              district: p.district,
              url: p.url,
              hours: p.hours,
              admission: p.admission,
              access: p.access,
              needs: p.needs,
            },
          },
        ],
  );
  return json({ type: 'FeatureCollection', licence: dataLicence, features }, 'application/geo+json');
}

/** Every place of a language as CSV, with those that have no position yet. */
export async function placesCsvFile(locale: Locale, site: URL | undefined): Promise<Response> {
  return new Response(placesCsv(await placeRecords(locale, site ?? new URL('http://localhost:4321'))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/**
 * RSS 2.0 feed of the newsroom in a language. It names its own address with atom:link rel="self",
 * as the RSS Advisory Board's best practices ask (https://www.rssboard.org/rss-profile#namespace-elements-atom-link).
 */
export async function newsRss(locale: Locale, site: URL | undefined): Promise<Response> {
  const news = await latestNews(locale);
  const base = site ?? new URL('http://localhost:4321');
  const self = new URL(rssPath[locale], base).href;
  return rss({
    title: `${t(locale, 'site.name')}: ${t(locale, 'nav.news')}`,
    description: t(locale, 'news.lede'),
    site: base,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: news.map((n) => ({
      title: n.data.title,
      description: n.data.description,
      pubDate: n.data.date,
      link: pathOf('news', n),
      categories: [t(locale, `newsKind.${n.data.kind}`), t(locale, `nav.${n.data.pillar}`)],
    })),
    customData: `<language>${locale}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
