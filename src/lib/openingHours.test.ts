import { describe, expect, it } from 'vitest';
import { seasonsCoverYear, easterSunday, hoursOn, hoursTables, inSeason, matchesMonthly, nextMonthlyOpenings, nrwHolidays, openingHoursSpecification, parseRanges, weekdayOf, type PlainHours } from './openingHours';

const week = { mon: 'closed', tue: '10:00-18:00', wed: '10:00-18:00', thu: '10:00-18:00', fri: '10:00-18:00', sat: '11:00-13:00, 14:00-18:00', sun: '11:00-18:00' };
const museum: PlainHours = {
  week,
  holidays: 'as-sunday',
  closedOn: ['12-24', '12-31'],
  exceptions: [{ from: '2027-01-04', to: '2027-01-08', hours: 'closed', note: 'Inventur' }],
  asOf: '2026-12-01',
  source: 'https://example.org/hours',
};
const tower: PlainHours = {
  seasons: [
    { label: 'Sommer', from: '04-01', to: '10-31', week: { ...week, mon: '10:00-19:00' } },
    { label: 'Winter', from: '11-01', to: '03-31', week: { mon: 'closed', tue: 'closed', wed: 'closed', thu: 'closed', fri: 'closed', sat: '10:00-16:00', sun: '10:00-16:00' } },
  ],
  asOf: '2026-12-01',
  source: 'https://example.org/tower',
};

describe('opening hours', () => {
  it('parses one or more ranges, and closed as none', () => {
    expect(parseRanges('11:00-13:00, 14:00-18:00')).toEqual([
      { opens: '11:00', closes: '13:00' },
      { opens: '14:00', closes: '18:00' },
    ]);
    expect(parseRanges('closed')).toEqual([]);
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-12-07')).toBe('mon');
    expect(weekdayOf('2026-12-13')).toBe('sun');
  });

  it('computes Easter and the NRW holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(nrwHolidays(2027)).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-05-27', '2027-10-03', '2027-11-01', '2027-12-25', '2027-12-26',
    ]);
  });

  it('handles seasons that run over the new year', () => {
    expect(inSeason('12-15', '11-01', '03-31')).toBe(true);
    expect(inSeason('02-28', '11-01', '03-31')).toBe(true);
    expect(inSeason('06-01', '11-01', '03-31')).toBe(false);
    expect(inSeason('06-01', '04-01', '10-31')).toBe(true);
  });

  it('gives the hours of a day: exception, closing day, holiday, then the week', () => {
    expect(hoursOn(museum, '2026-12-08')).toEqual({ ranges: [{ opens: '10:00', closes: '18:00' }], reason: 'week' });
    expect(hoursOn(museum, '2026-12-07').ranges).toEqual([]);
    expect(hoursOn(museum, '2026-12-24')).toEqual({ ranges: [], reason: 'closed-day' });
    // Boxing Day 2026 is a Saturday, opened as on Sundays.
    expect(hoursOn(museum, '2026-12-26')).toEqual({ ranges: [{ opens: '11:00', closes: '18:00' }], reason: 'holiday' });
    // Easter Monday 2027: a Monday, normally closed, open as on Sundays.
    expect(hoursOn(museum, '2027-03-29').ranges).toEqual([{ opens: '11:00', closes: '18:00' }]);
    expect(hoursOn(museum, '2027-01-06')).toEqual({ ranges: [], reason: 'exception', note: 'Inventur' });
    expect(hoursOn({ ...museum, holidays: 'closed' }, '2026-12-26')).toEqual({ ranges: [], reason: 'holiday' });
  });

  it('takes the season of the day, and closes outside every season', () => {
    expect(hoursOn(tower, '2026-12-12')).toEqual({ ranges: [{ opens: '10:00', closes: '16:00' }], reason: 'season', note: 'Winter' });
    expect(hoursOn(tower, '2027-06-07').ranges).toEqual([{ opens: '10:00', closes: '19:00' }]);
    const summerOnly = { ...tower, seasons: [tower.seasons![0]] };
    expect(hoursOn(summerOnly, '2026-12-12')).toEqual({ ranges: [], reason: 'off-season' });
    expect(hoursTables(tower).map((t) => t.label)).toEqual(['Sommer', 'Winter']);
    expect(hoursTables(museum)[0].rows.map((r) => r.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('knows whether seasons cover the whole year', () => {
    expect(seasonsCoverYear(tower.seasons!)).toBe(true);
    expect(seasonsCoverYear([tower.seasons![0]])).toBe(false);
    expect(seasonsCoverYear([{ from: '03-01', to: '02-28' }])).toBe(false);
    expect(seasonsCoverYear([{ from: '03-01', to: '02-29' }])).toBe(true);
  });

  it('always open is open round the clock, whatever the day', () => {
    const square: PlainHours = { always: true, asOf: '2026-12-01', source: 'https://example.org' };
    expect(hoursOn(square, '2026-12-25').ranges).toEqual([{ opens: '00:00', closes: '24:00' }]);
    expect(openingHoursSpecification(square, '2026-12-07')).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
        opens: '00:00',
        closes: '23:59',
      },
    ]);
  });

  it('builds openingHoursSpecification: grouped days, closing days, holidays and exceptions of the coming year', () => {
    const specs = openingHoursSpecification(museum, '2026-12-07');
    expect(specs[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: ['tue', 'wed', 'thu', 'fri'].map((d) => `https://schema.org/${{ tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' }[d]}`), opens: '10:00', closes: '18:00' });
    // Saturday has two ranges: two specifications.
    expect(specs.filter((s) => s.dayOfWeek?.includes('https://schema.org/Saturday'))).toHaveLength(2);
    expect(specs).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-24' });
    expect(specs).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '11:00', closes: '18:00', validFrom: '2026-12-25', validThrough: '2026-12-25' });
    expect(specs).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-01-04', validThrough: '2027-01-08' });
    // Past special days are left out.
    expect(specs.some((s) => s.validFrom === '2026-11-01')).toBe(false);
  });

  it('gives each season its next run with dates', () => {
    const specs = openingHoursSpecification(tower, '2026-12-07');
    expect(specs.find((s) => s.validFrom === '2026-11-01')?.validThrough).toBe('2027-03-31');
    expect(specs.find((s) => s.validFrom === '2027-04-01')?.validThrough).toBe('2027-10-31');
    expect(specs.some((s) => s.validFrom === '2026-04-01')).toBe(false);
  });

  it('finds the nth and the last weekday of a month', () => {
    // December 2026: Sundays 6, 13, 20, 27. January 2027: Sundays 3, 10, 17, 24, 31.
    expect(matchesMonthly('2026-12-20', { nth: 3, day: 'sun' })).toBe(true);
    expect(matchesMonthly('2026-12-13', { nth: 3, day: 'sun' })).toBe(false);
    expect(matchesMonthly('2026-12-21', { nth: 3, day: 'sun' })).toBe(false);
    expect(matchesMonthly('2027-01-31', { nth: -1, day: 'sun' })).toBe(true);
    expect(matchesMonthly('2027-01-24', { nth: -1, day: 'sun' })).toBe(false);
    expect(matchesMonthly('2026-12-27', { nth: -1, day: 'sun' })).toBe(true);
  });

  it('opens by a monthly rule only on its days, after exceptions, and lists them as dated specifications', () => {
    const depot: PlainHours = {
      monthly: [{ nth: 3, day: 'sun', hours: '11:00-17:00' }],
      exceptions: [{ from: '2027-01-17', hours: 'closed', note: 'Winterpause' }],
      asOf: '2026-12-01',
      source: 'https://example.org/depot',
    };
    expect(hoursOn(depot, '2026-12-20')).toEqual({ ranges: [{ opens: '11:00', closes: '17:00' }], reason: 'monthly' });
    expect(hoursOn(depot, '2026-12-13')).toEqual({ ranges: [], reason: 'monthly' });
    expect(hoursOn(depot, '2027-01-17')).toEqual({ ranges: [], reason: 'exception', note: 'Winterpause' });
    expect(hoursTables(depot)).toEqual([]);
    expect(nextMonthlyOpenings(depot, '2026-12-07', 3).map((d) => d.day)).toEqual(['2026-12-20', '2027-02-21', '2027-03-21']);
    const specs = openingHoursSpecification(depot, '2026-12-07');
    expect(specs[0]).toEqual({ '@type': 'OpeningHoursSpecification', opens: '11:00', closes: '17:00', validFrom: '2026-12-20', validThrough: '2026-12-20' });
    expect(specs).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2027-01-17', validThrough: '2027-01-17' });
    expect(specs.some((s) => s.dayOfWeek)).toBe(false);
    // Twelve months ahead: one open day a month, the closed one in January counted as closed.
    expect(specs.filter((s) => s.opens === '11:00')).toHaveLength(11);
  });
});
