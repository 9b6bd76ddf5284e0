import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { eventSchema } from './event';
import { figureSchema } from './figure';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { placeSchema } from './place';

/** Stand-in for Astro's image() helper: accepts a path string. */
const ctx = { image: () => z.string() } as unknown as SchemaContext;

/** The messages an editor sees, as "field: message". */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const base = {
  key: 'phoenix-see',
  title: 'Phoenix-See',
  description: 'Ein See auf dem Gelände eines früheren Stahlwerks, mit Hafen, Promenade und Rundweg.',
  owner: 'redaktion-tourismus',
  reviewed: '2026-11-26',
  sources: [{ title: 'Wikipedia: Phoenix-See', url: 'https://de.wikipedia.org/wiki/Phoenix-See' }],
};
const place = {
  ...base,
  kind: 'lake',
  district: 'Hörde',
  coordinates: { lat: 51.49, lon: 7.51 },
  address: { street: 'Hörder Hafenstraße', postalCode: '44263' },
  accessibility: ['Der Rundweg ist eben und stufenlos.'],
  transit: 'Stadtbahnhaltestelle Phoenix-See (U41)',
};
const event = {
  ...base,
  key: 'mayday-2027',
  title: 'Mayday 2027',
  start: '2027-04-30 20:00',
  end: '2027-05-01 08:00',
  venue: 'westfalenhallen',
  category: 'music',
  pillar: 'events',
  price: { free: false },
  organiser: { name: 'I-Motion GmbH' },
};

describe('place schema', () => {
  it('accepts a valid place', () => {
    expect(problems(placeSchema(ctx), place)).toEqual([]);
  });

  it('names the field and lists the allowed districts', () => {
    expect(problems(placeSchema(ctx), { ...place, district: 'Dortmund-Mitte' })).toEqual([
      'district: must be one of the 12 Stadtbezirke: Innenstadt-West, Innenstadt-Nord, Innenstadt-Ost, Eving, Scharnhorst, Brackel, Aplerbeck, Hörde, Hombruch, Lütgendortmund, Huckarde, Mengede',
    ]);
  });

  it('catches coordinates outside Dortmund and swapped latitude and longitude', () => {
    expect(problems(placeSchema(ctx), { ...place, coordinates: { lat: 7.51, lon: 51.49 } })).toEqual([
      'coordinates.lat: latitude lies south of Dortmund: check the value',
      'coordinates.lon: longitude lies east of Dortmund: check the value',
    ]);
  });

  it('requires a Dortmund postal code written as text', () => {
    expect(problems(placeSchema(ctx), { ...place, address: { street: 'Hörder Hafenstraße', postalCode: '45127' } })).toEqual([
      'address.postalCode: must be a Dortmund postal code of five digits starting with 44',
    ]);
  });

  it('requires alt text, credit and licence on images', () => {
    expect(problems(placeSchema(ctx), { ...place, image: { src: 'x.svg', alt: '', credit: 'Amt', licence: 'CC-BY-4.0' } })).toEqual([
      'image.alt: is too short: describe what the image shows',
    ]);
    expect(problems(placeSchema(ctx), { ...place, image: { src: 'x.svg', alt: 'Der See', credit: 'Amt', licence: 'free' } })[0]).toMatch(
      /^image\.licence: must be one of: CC0-1\.0/,
    );
  });

  it('requires sources and a readable description', () => {
    expect(problems(placeSchema(ctx), { ...place, sources: [], description: 'Ein See.' })).toEqual([
      'description: is too short: write at least 40 characters',
      'sources: needs at least one source',
    ]);
  });
});

describe('place hours, admission and access', () => {
  const source = 'https://de.wikipedia.org/wiki/Phoenix-See';
  const week = { mon: 'closed', tue: '10:00-18:00', wed: '10:00-18:00', thu: '10:00-18:00', fri: '10:00-18:00', sat: '10:00-18:00', sun: '10:00-18:00' };

  it('accepts a week, seasons, always open, prices and access facts', () => {
    expect(problems(placeSchema(ctx), { ...place, hours: { week, holidays: 'as-sunday', closedOn: ['12-24'], exceptions: [{ from: '2027-01-04', to: '2027-01-08', hours: 'closed', note: 'Inventur' }], asOf: '2026-12-01', source } })).toEqual([]);
    expect(problems(placeSchema(ctx), { ...place, hours: { seasons: [{ label: 'Sommer', from: '04-01', to: '10-31', week }], asOf: '2026-12-01', source } })).toEqual([]);
    expect(problems(placeSchema(ctx), { ...place, hours: { always: true, asOf: '2026-12-01', source } })).toEqual([]);
    expect(problems(placeSchema(ctx), { ...place, admission: { free: false, prices: [{ label: 'Erwachsene', eur: 8 }], reductions: 'Ermäßigt 4 Euro', asOf: '2026-12-01', source } })).toEqual([]);
    expect(problems(placeSchema(ctx), { ...place, access: { stepFree: true, lift: 'not-needed', toilet: true, certificate: { full: ['wheelchair'], validUntil: '2027-03-31', report: source }, asOf: '2026-12-01', source } })).toEqual([]);
  });

  it('names a missing or misspelt day and a malformed time', () => {
    const { sun: _sun, ...noSunday } = week;
    expect(problems(placeSchema(ctx), { ...place, hours: { week: noSunday, asOf: '2026-12-01', source } })).toEqual([
      'hours.week.sun: is missing: write the hours of every day (mon, tue, wed, thu, fri, sat, sun), "closed" where closed',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { week: { ...week, so: 'closed' }, asOf: '2026-12-01', source } })).toEqual([
      'hours.week: unknown day "so": the days are mon, tue, wed, thu, fri, sat, sun',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { week: { ...week, tue: '10-18 Uhr' }, asOf: '2026-12-01', source } })).toEqual([
      'hours.week.tue: must be "closed" or times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")',
    ]);
  });

  it('wants exactly one of always, week, seasons, monthly or beforeEvents, and a source listed under sources', () => {
    expect(problems(placeSchema(ctx), { ...place, hours: { asOf: '2026-12-01', source } })).toEqual(['hours: give always: true, a week, seasons, monthly or beforeEvents']);
    expect(problems(placeSchema(ctx), { ...place, hours: { always: true, week, asOf: '2026-12-01', source } })).toEqual([
      'hours.week: give only one of always, week, seasons, monthly or beforeEvents (found always and week)',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { week, monthly: [{ nth: 3, day: 'sun', hours: '11:00-17:00' }], asOf: '2026-12-01', source } })).toEqual([
      'hours.monthly: give only one of always, week, seasons, monthly or beforeEvents (found week and monthly)',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { always: true, asOf: '2026-12-01', source: 'https://example.org/elsewhere' } })).toEqual([
      'hours.source: must also be listed under sources (with its title and date): https://example.org/elsewhere',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { always: true, source } })).toEqual([
      'hours.asOf: must be a date written as YYYY-MM-DD, for example 2025-10-14',
    ]);
  });

  it('takes a venue that opens before its performances, with a note on what opens', () => {
    const hours = (h: object) => ({ ...place, hours: { ...h, asOf: '2026-12-01', source } });
    expect(problems(placeSchema(ctx), hours({ beforeEvents: 60, note: 'Haus und Abendkasse öffnen eine Stunde vor jeder Vorstellung.' }))).toEqual([]);
    expect(problems(placeSchema(ctx), hours({ beforeEvents: 60 }))).toEqual([
      'hours.note: is missing: with beforeEvents, say in one sentence what opens (house, box office, doors) and for which events',
    ]);
    expect(problems(placeSchema(ctx), hours({ beforeEvents: '1 Stunde', note: 'Das Haus öffnet vorher.' }))).toEqual([
      'hours.beforeEvents: must be the minutes before each performance or event at which the venue opens, like 60',
    ]);
    expect(problems(placeSchema(ctx), hours({ beforeEvents: 600, note: 'Das Haus öffnet vorher.' }))).toEqual(['hours.beforeEvents: must be at most 360 minutes (6 hours)']);
    expect(problems(placeSchema(ctx), hours({ beforeEvents: 60, week, note: 'Das Haus öffnet vorher.' }))).toEqual([
      'hours.beforeEvents: give only one of always, week, seasons, monthly or beforeEvents (found week and beforeEvents)',
    ]);
  });

  it('takes a monthly rule and names its wrong parts', () => {
    const hours = (monthly: unknown) => ({ ...place, hours: { monthly, asOf: '2026-12-01', source } });
    expect(problems(placeSchema(ctx), hours([{ nth: 3, day: 'sun', hours: '11:00-17:00' }]))).toEqual([]);
    expect(problems(placeSchema(ctx), hours([{ nth: -1, day: 'sat', hours: '10:00-13:00, 14:00-17:00' }]))).toEqual([]);
    expect(problems(placeSchema(ctx), hours([{ nth: 5, day: 'sun', hours: '11:00-17:00' }]))).toEqual(['hours.monthly.0.nth: must be 1, 2, 3, 4 or -1 (the last of the month)']);
    expect(problems(placeSchema(ctx), hours([{ nth: 3, day: 'so', hours: '11:00-17:00' }]))).toEqual(['hours.monthly.0.day: must be one of: mon, tue, wed, thu, fri, sat, sun']);
    expect(problems(placeSchema(ctx), hours([{ nth: 3, day: 'sun', hours: 'closed' }]))).toEqual([
      'hours.monthly.0.hours: must be times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")',
    ]);
    expect(problems(placeSchema(ctx), hours([{ nth: 3, day: 'sun' }]))).toEqual(['hours.monthly.0.hours: is missing: the hours of that day, like "11:00-17:00"']);
    expect(problems(placeSchema(ctx), hours([{ nth: 3, day: 'sun', hours: '11:00-17:00', month: 4 }]))).toEqual([
      'hours.monthly.0: unknown field "month": a monthly rule takes nth, day, hours',
    ]);
    expect(problems(placeSchema(ctx), hours([]))).toEqual(['hours.monthly: needs at least one rule']);
  });

  it('names season dates and exceptions that cannot be right', () => {
    expect(problems(placeSchema(ctx), { ...place, hours: { seasons: [{ label: 'Sommer', from: '4-1', to: '10-31', week }], asOf: '2026-12-01', source } })).toEqual([
      'hours.seasons.0.from: must be a day of the year written as MM-DD, for example 04-01 for 1 April',
    ]);
    expect(problems(placeSchema(ctx), { ...place, hours: { week, exceptions: [{ from: '2027-01-08', to: '2027-01-04', hours: 'closed' }], asOf: '2026-12-01', source } })).toEqual([
      'hours.exceptions.0.to: must not be before from',
    ]);
  });

  it('wants prices when entry is not free, and none when it is', () => {
    expect(problems(placeSchema(ctx), { ...place, admission: { free: false, asOf: '2026-12-01', source } })).toEqual(['admission.prices: list the main prices when free is false']);
    expect(problems(placeSchema(ctx), { ...place, admission: { free: true, prices: [{ label: 'Erwachsene', eur: 8 }], asOf: '2026-12-01', source } })).toEqual([
      'admission.prices: a place with free: true has no prices; describe extras (tours) in note',
    ]);
    expect(problems(placeSchema(ctx), { ...place, admission: { free: false, prices: [{ label: 'Erwachsene', eur: '8 Euro' }], asOf: '2026-12-01', source } })).toEqual([
      'admission.prices.0.eur: must be the price in euros as a number, e.g. 8 or 4.5',
    ]);
  });

  it('names unknown access facts, values and needs', () => {
    expect(problems(placeSchema(ctx), { ...place, access: { rollstuhl: true, asOf: '2026-12-01', source } })[0]).toMatch(/^access: unknown field "rollstuhl": access takes stepFree, lift/);
    expect(problems(placeSchema(ctx), { ...place, access: { stepFree: 'ja', asOf: '2026-12-01', source } })).toEqual(['access.stepFree: must be true, false or partly']);
    expect(problems(placeSchema(ctx), { ...place, access: { certificate: { full: ['blind'], validUntil: '2027-03-31', report: source }, asOf: '2026-12-01', source } })).toEqual([
      'access.certificate.full.0: must be one of: wheelchair, walking, seeing, hearing, learning',
    ]);
  });
});

describe('event schema', () => {
  it('accepts a valid event and stores local time', () => {
    const parsed = eventSchema(ctx).parse(event);
    expect(parsed.start).toBe('2027-04-30T20:00');
  });

  it('rejects an end before the start', () => {
    expect(problems(eventSchema(ctx), { ...event, end: '2027-04-30 18:00' })).toEqual(['end: end must be after start']);
  });

  it('rejects a time that is not a quoted local time', () => {
    expect(problems(eventSchema(ctx), { ...event, start: new Date('2027-04-30T20:00:00Z') })).toEqual([
      'start: must be a local time in quotes, e.g. "2026-04-30 20:00", or a date in quotes, e.g. "2026-04-30"',
    ]);
    expect(problems(eventSchema(ctx), { ...event, start: '30.04.2027' })).toEqual([
      'start: must look like "2026-04-30 20:00" (local time in Dortmund) or "2026-04-30" (all day)',
    ]);
  });

  it('needs a venue or a location', () => {
    const { venue: _venue, ...noVenue } = event;
    expect(problems(eventSchema(ctx), noVenue)).toEqual(['venue: name a venue (a place key) or a location']);
  });

  it('accepts tentative as a status and names the allowed ones', () => {
    expect(eventSchema(ctx).parse({ ...event, status: 'tentative' }).status).toBe('tentative');
    expect(problems(eventSchema(ctx), { ...event, status: 'expected' })).toEqual(['status: must be one of: scheduled, tentative, cancelled, moved']);
  });

  const market = {
    ...event,
    start: '2026-10-17 11:00',
    end: '2026-10-17 14:00',
    recurrence: {
      rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219',
      except: ['2026-10-31 11:00'],
      exceptions: [
        { date: '2026-11-14 11:00', status: 'cancelled', note: 'Stadtfest auf dem Platz' },
        { date: '2026-11-21 11:00', status: 'moved', start: '2026-11-20 15:00' },
      ],
    },
  };

  it('accepts a series and stores its dates as local times', () => {
    const parsed = eventSchema(ctx).parse(market);
    expect(parsed.recurrence?.except).toEqual(['2026-10-31T11:00']);
    expect(parsed.recurrence?.exceptions?.[1]).toEqual({ date: '2026-11-21T11:00', status: 'moved', start: '2026-11-20T15:00' });
    expect(parsed.recurrence?.exceptions?.[0].status).toBe('cancelled');
  });

  it('names the field of a broken series', () => {
    expect(problems(eventSchema(ctx), { ...market, recurrence: { ...market.recurrence, rule: 'FREQ=WEEKLY;BYDAY=SU' } })).toEqual([
      'recurrence.rule: does not produce the start 2026-10-17 11:00; the start must be the first occurrence',
    ]);
    expect(problems(eventSchema(ctx), { ...market, recurrence: { ...market.recurrence, except: ['2026-11-01 11:00'] } })).toEqual([
      'recurrence.except.0: 2026-11-01 11:00 is not an occurrence of the rule or of dates; name an original start',
    ]);
    expect(problems(eventSchema(ctx), { ...market, recurrence: { ...market.recurrence, exceptions: [{ date: '2026-11-21 11:00', status: 'moved' }] } })).toEqual([
      'recurrence.exceptions.0.start: a moved occurrence needs its new start',
    ]);
    expect(problems(eventSchema(ctx), { ...market, recurrence: { ...market.recurrence, exdate: ['2026-10-31 11:00'] } })).toEqual([
      'recurrence: Unrecognized key: "exdate"',
    ]);
    expect(problems(eventSchema(ctx), { ...market, recurrence: { ...market.recurrence, except: ['31.10.2026'] } })).toEqual([
      'recurrence.except.0: must look like "2026-04-30 20:00" (local time in Dortmund) or "2026-04-30" (all day)',
    ]);
  });

  it('does not let a tentative series confirm one of its dates', () => {
    const expected = { ...market, status: 'tentative', recurrence: { ...market.recurrence, exceptions: [{ date: '2026-11-21 11:00', status: 'scheduled', end: '2026-11-21 16:00' }] } };
    expect(problems(eventSchema(ctx), expected)).toEqual([
      'recurrence.exceptions.0.status: the series is tentative, so one of its dates cannot be scheduled: use tentative (another time), moved or cancelled, or confirm the whole series',
    ]);
    const fixed = { ...expected, recurrence: { ...expected.recurrence, exceptions: [{ date: '2026-11-21 11:00', status: 'tentative', end: '2026-11-21 16:00' }] } };
    expect(problems(eventSchema(ctx), fixed)).toEqual([]);
  });
});

describe('news, page and figure schemas', () => {
  it('requires a contact e-mail on news', () => {
    const news = { ...base, date: '2025-02-13', kind: 'news', pillar: 'news', contact: { name: 'Pressestelle', email: 'not-an-address' } };
    expect(problems(newsSchema(ctx), news)).toEqual(['contact.email: must be an e-mail address']);
  });

  it('rejects an unknown owner', () => {
    expect(problems(pageSchema, { ...base, kind: 'legal', owner: 'somebody' })[0]).toMatch(/^owner: must be one of: redaktion-tourismus/);
  });

  it('requires a number, a date and a source for every figure', () => {
    const figure = {
      label: { de: 'Einwohner', en: 'Residents' },
      value: '614.495',
      date: '2024-12-31',
      source: { title: 'Dortmunder Statistik', url: 'statistikportal' },
      licence: 'DL-DE-BY-2.0',
    };
    expect(problems(figureSchema, figure)).toEqual([
      'value: must be a number without thousands separators, e.g. 614495',
      'source.url: must be a full web address',
    ]);
  });
});
