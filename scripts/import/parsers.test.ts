import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIcs } from './ics';
import { parseJsonLd, scheduleToRecurrence } from './jsonld';
import { csvDate, csvNumber, csvTime, parseCsv } from './csv';

const fixture = (p: string) => readFileSync(`tests/fixtures/import/${p}`, 'utf8');
const opts = (source: string, maxEvents = 2000) => ({ source, lang: 'de' as const, maxEvents });

describe('iCalendar', () => {
  const { events, rejected } = parseIcs(fixture('feeds/konzerthaus.ics'), opts('konzerthaus'));
  const byId = (id: string) => events.find((e) => e.sourceId === id)!;

  it('reads a series with its excluded, moved and cancelled dates as one event', () => {
    expect(rejected).toEqual([]);
    expect(events).toHaveLength(5);
    const tour = byId('fuehrung-samstag@test.konzerthaus.invalid');
    expect(tour.start).toBe('2027-03-06 11:00');
    expect(tour.end).toBe('2027-03-06 12:30');
    expect(tour.category).toBe('guided-tour');
    // UNTIL 2027-04-24 22:59:59 UTC is 00:59 on 25 April in Dortmund (summer time).
    expect(tour.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=SA;UNTIL=20270425T005900');
    expect(tour.recurrence?.except).toEqual(['2027-04-03 11:00']);
    expect(tour.recurrence?.exceptions).toEqual([
      { date: '2027-03-20 11:00', status: 'scheduled', start: '2027-03-20 14:00', end: '2027-03-20 15:30', note: 'Hausführung am Samstag (heute um 14 Uhr)' },
      { date: '2027-04-10 11:00', status: 'cancelled' },
    ]);
  });

  it('converts UTC times to Dortmund time on both sides of the change to summer time', () => {
    expect(byId('jazz-foyer-0327@test.konzerthaus.invalid').start).toBe('2027-03-27 20:00');
    expect(byId('sinfonie-0328@test.konzerthaus.invalid').start).toBe('2027-03-28 19:00');
  });

  it('reads cancellations, all-day dates (DTEND exclusive) and links without tracking', () => {
    expect(byId('liederabend-0214@test.konzerthaus.invalid').status).toBe('cancelled');
    const open = byId('offene-tuer-0502@test.konzerthaus.invalid');
    expect([open.start, open.end]).toEqual(['2027-05-02', '2027-05-02']);
    expect(byId('sinfonie-0328@test.konzerthaus.invalid').website).toBe('https://test.konzerthaus.invalid/sinfonie-7');
  });

  it('reads Outlook zone names through the VTIMEZONE and floating times as Europe/Berlin', () => {
    const { events: outlook } = parseIcs(fixture('feeds/outlook.ics'), opts('depot'));
    expect(outlook.map((e) => e.start)).toEqual(['2027-06-02 18:30', '2027-10-29 18:00']);
    expect(outlook[1].notes.join(' ')).toMatch(/floating/);
  });

  it('takes the good events of a hostile feed and reports the broken one with its position', () => {
    const { events: good, rejected: bad } = parseIcs(fixture('hostile/hostile.ics'), opts('feindlich'));
    expect(good).toHaveLength(2);
    expect(bad).toEqual([expect.objectContaining({ position: 'VEVENT 2 (line 26, UID hostile-2@test.invalid)', reason: 'has no DTSTART' })]);
    expect(good[0].title.length).toBeLessThanOrEqual(90);
    expect(good[0].notes).toContain('title cut to 90 characters (was 356)');
    expect(good[0].website).toBeUndefined();
    // 02:30 on 28 March 2027 does not exist: clocks show 03:30.
    expect(good[1].start).toBe('2027-03-28 03:30');
  });

  it('reports a feed that cannot be parsed with the line, and takes nothing from it', () => {
    const { events: none, rejected: bad } = parseIcs(fixture('hostile/broken.ics'), opts('abgebrochen'));
    expect(none).toEqual([]);
    expect(bad[0].position).toBe('line 8');
  });

  it('refuses a feed over the count limit as a whole', () => {
    const { events: none, rejected: bad } = parseIcs(fixture('hostile/huge.ics'), opts('zu-gross', 10));
    expect(none).toEqual([]);
    expect(bad[0].reason).toMatch(/60 events, more than the limit of 10/);
  });
});

describe('schema.org JSON-LD', () => {
  it('finds the events of a page in @graph, with offers, status, address and schedule', () => {
    const { events, rejected } = parseJsonLd(fixture('feeds/messe.html'), { ...opts('messe'), html: true });
    expect(events.map((e) => e.title)).toEqual(['Modellbau-Messe 2027', 'Rocknacht in Halle 3', 'Feierabendmarkt auf dem Vorplatz']);
    const [fair, rock, market] = events;
    expect(fair.category).toBe('trade-fair');
    expect(fair.price).toEqual({ free: false, summary: '9,50 € bis 14,00 €' });
    expect(fair.address).toEqual({ street: 'Strobelallee 45', postalCode: '44139', city: 'Dortmund' });
    expect(fair.body).toContain('[Tickets online](<https://test.messe.invalid/tickets>)');
    expect(rock.status).toBe('cancelled');
    expect(market.start).toBe('2027-04-07 17:00');
    expect(market.recurrence).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630', except: ['2027-05-26 17:00'] });
    expect(market.price).toEqual({ free: true, summary: undefined });
    expect(rejected).toEqual([expect.objectContaining({ reason: 'takes place online only (VirtualLocation)', position: 'JSON-LD block 1 (line 7), event 4' })]);
  });

  it('reads a JSON file with the language of each event', () => {
    const { events } = parseJsonLd(fixture('feeds/stadtportal.json'), { ...opts('portal'), html: false });
    expect(events.map((e) => e.lang)).toEqual(['de', 'de', 'en']);
    expect(events[0].price?.summary).toBe('19,00 € bis 59,00 €');
    expect(events[2].price).toEqual({ free: true, summary: undefined });
  });

  it('reports JSON that is cut off with its position', () => {
    const { rejected } = parseJsonLd(fixture('hostile/broken.json'), { ...opts('x'), html: false });
    expect(rejected[0].position).toMatch(/^JSON, line 1 column \d+$/);
  });

  it('turns a monthly schedule with a count into an RRULE', () => {
    expect(scheduleToRecurrence({ startDate: '2027-01-01', repeatFrequency: 'P1M', byMonthDay: 15, repeatCount: 6, startTime: '10:00' }, [])).toEqual({
      start: '2027-01-01 10:00',
      end: undefined,
      recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6' },
    });
  });
});

describe('CSV from a German spreadsheet', () => {
  it('reads BOM, semicolons, dd.mm.yyyy, 19.30 and decimal commas; reports broken rows by line', () => {
    const { events, rejected } = parseCsv(fixture('feeds/verein.csv'), opts('verein'));
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Frühlingsfest mit Flohmarkt', '2027-05-15 11:00', '2027-05-15 17:00'],
      ['Filmabend: Dortmund in alten Bildern', '2027-06-04 19:30', '2027-06-04 22:00'],
    ]);
    expect(events[0]).toMatchObject({ category: 'market', pillar: 'events', price: { free: true }, venueName: 'Fredenbaumpark' });
    expect(events[1]).toMatchObject({ category: 'stage', pillar: 'culture', price: { free: false, summary: '4,50 €' }, venueKey: 'depot', website: 'https://test.verein.invalid/filmabend' });
    expect(rejected.map((r) => [r.position, r.reason])).toEqual([
      ['line 4', 'beginn_datum "31.02.2027" is not a date like 24.12.2026'],
      ['line 5', 'row could not be read: Invalid Record Length: columns length is 25, got 3 on line 5'],
    ]);
  });

  it('refuses a file over the row limit as a whole', () => {
    const { events, rejected } = parseCsv(fixture('hostile/many.csv'), opts('zu-viele', 5));
    expect(events).toEqual([]);
    expect(rejected[0]).toMatchObject({ position: 'line 7', reason: 'file has 8 rows, more than the limit of 5; nothing was taken from it' });
  });

  it('reads German dates, times and numbers', () => {
    expect(csvDate('1.3.27')).toBe('2027-03-01');
    expect(csvDate('29.02.2027')).toBeUndefined();
    expect(csvTime('9.05 Uhr')).toBe('09:05');
    expect(csvTime('24:00')).toBeUndefined();
    expect(csvNumber('1.234,50')).toBe(1234.5);
    expect(csvNumber('12,5 €')).toBe(12.5);
  });
});
