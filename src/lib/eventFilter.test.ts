import { describe, expect, it } from 'vitest';
import { berlinToday, emptyState, filterEvents, monthsBetween, packFile, searchFromState, stateFromSearch, unpackFile, windowFor, type FinderEvent } from './eventFilter';

const event = (key: string, firstDay: string, lastDay = firstDay, extra: Partial<FinderEvent> = {}): FinderEvent => ({
  key: `/${key}/@${firstDay}`, title: key, url: `/${key}/`, start: firstDay, ...(lastDay !== firstDay ? { end: lastDay } : {}), firstDay, lastDay, monthKey: firstDay.slice(0, 7),
  category: 'music', pillar: 'events', free: false, accessibility: false, series: false, status: 'scheduled', ...extra,
});
const titles = (list: FinderEvent[]) => list.map((e) => e.title);

describe('event finder', () => {
  it('knows today in Dortmund, not in UTC', () => {
    expect(berlinToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('computes weekends from any weekday', () => {
    const weekend = { ...emptyState, period: 'weekend' as const };
    expect(windowFor(weekend, '2026-11-26')).toEqual({ from: '2026-11-27', to: '2026-11-29' }); // Thursday
    expect(windowFor(weekend, '2026-11-27')).toEqual({ from: '2026-11-27', to: '2026-11-29' }); // Friday
    expect(windowFor(weekend, '2026-11-28')).toEqual({ from: '2026-11-28', to: '2026-11-29' }); // Saturday
    expect(windowFor(weekend, '2026-11-29')).toEqual({ from: '2026-11-29', to: '2026-11-29' }); // Sunday
  });

  it('computes the next seven days and the rest of the month', () => {
    expect(windowFor({ ...emptyState, period: 'week' }, '2026-12-28')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(windowFor({ ...emptyState, period: 'month' }, '2027-02-10')).toEqual({ from: '2027-02-10', to: '2027-02-28' });
  });

  it('keeps multi-day events that overlap the window and drops ended ones', () => {
    const events = [event('market', '2026-11-19', '2026-12-30'), event('past', '2026-11-01'), event('later', '2027-04-30')];
    expect(filterEvents(events, { ...emptyState, period: 'today' }, '2026-11-26').map((e) => e.title)).toEqual(['market']);
    expect(filterEvents(events, emptyState, '2026-11-26').map((e) => e.title)).toEqual(['market', 'later']);
    expect(filterEvents(events, { ...emptyState, period: 'range', from: '2027-04-01', to: '2027-04-30' }, '2026-11-26').map((e) => e.title)).toEqual(['later']);
  });

  it('combines category, district, free and accessibility filters', () => {
    const events = [
      event('a', '2027-01-10', '2027-01-10', { free: true, district: 'Hörde', accessibility: true }),
      event('b', '2027-01-10', '2027-01-10', { category: 'sport', district: 'Hörde' }),
    ];
    const today = '2027-01-01';
    expect(filterEvents(events, { ...emptyState, free: true }, today).map((e) => e.title)).toEqual(['a']);
    expect(filterEvents(events, { ...emptyState, category: 'sport' }, today).map((e) => e.title)).toEqual(['b']);
    expect(filterEvents(events, { ...emptyState, district: 'Hörde', accessible: true }, today).map((e) => e.title)).toEqual(['a']);
  });

  it('filters by an access need of the venue, and keeps it in the URL', () => {
    const events = [
      event('zollern', '2027-01-10', '2027-01-10', { needs: ['wheelchair', 'walking'] }),
      event('hall', '2027-01-10', '2027-01-10', { needs: ['hearing'] }),
      event('square', '2027-01-10'),
    ];
    const today = '2027-01-01';
    expect(titles(filterEvents(events, { ...emptyState, need: 'walking' }, today))).toEqual(['zollern']);
    expect(titles(filterEvents(events, { ...emptyState, need: 'hearing' }, today))).toEqual(['hall']);
    expect(titles(filterEvents(events, emptyState, today))).toEqual(['zollern', 'hall', 'square']);
    expect(searchFromState({ ...emptyState, need: 'wheelchair' })).toBe('?zugang=wheelchair');
    expect(stateFromSearch('?zugang=wheelchair').need).toBe('wheelchair');
  });

  it('keeps its state in the URL both ways', () => {
    const state = { ...emptyState, period: 'range' as const, from: '2027-04-01', to: '2027-04-30', category: 'music', free: true };
    const search = searchFromState(state);
    expect(search).toBe('?zeit=range&von=2027-04-01&bis=2027-04-30&kategorie=music&frei=1');
    expect(stateFromSearch(search)).toEqual(state);
    expect(stateFromSearch('?zeit=gestern&von=morgen')).toEqual(emptyState);
  });

  it('reads a period from the page when the URL names none (day views)', () => {
    expect(stateFromSearch('', { ...emptyState, period: 'weekend' }).period).toBe('weekend');
    expect(stateFromSearch('?zeit=today', { ...emptyState, period: 'weekend' }).period).toBe('today');
  });

  it('packs occurrences into a data file and unpacks them unchanged, a series listed once', () => {
    const series = { url: '/markt/', title: 'Markt', series: true, category: 'market', district: 'Innenstadt-West', venue: 'Hansaplatz', free: true };
    const events = [
      event('markt', '2026-12-12', '2026-12-12', { ...series, start: '2026-12-12T07:00', end: '2026-12-12T15:00', key: '/markt/@2026-12-12T07:00' }),
      event('markt', '2026-12-25', '2026-12-25', { ...series, start: '2026-12-24T07:00', end: '2026-12-24T12:00', firstDay: '2026-12-24', lastDay: '2026-12-24', key: '/markt/@2026-12-26T07:00', status: 'moved', movedFrom: '2026-12-26T07:00', note: 'Heiligabend bis 12 Uhr' }),
      event('mayday', '2027-04-30', '2027-05-01', { status: 'tentative', needs: ['wheelchair', 'hearing'] }),
      // Listed in the English calendar although it exists only in German: its language travels along.
      event('konzert', '2027-03-28', '2027-03-28', { lang: 'de' }),
    ];
    const file = packFile(events);
    expect(file.entries).toHaveLength(3);
    expect(file.entries[1]).toHaveLength(10);
    expect(file.entries[2].at(-1)).toBe('de');
    expect(file.dates[1]).toEqual([0, '2026-12-26T07:00', '2026-12-24T07:00', '2026-12-24T12:00', 'moved', 'Heiligabend bis 12 Uhr']);
    expect(unpackFile(JSON.parse(JSON.stringify(file)))).toEqual(events.map((e) => ({ ...e, monthKey: e.start.slice(0, 7) })));
    // With the cards' texts the build writes, each date gets its own back.
    const described = packFile(events, (e) => ({ when: `when ${e.start}`, day: e.start.slice(8, 10), month: 'Dez.', iso: `${e.start}+01:00`, ...(e.movedFrom ? { moved: `moved ${e.movedFrom}` } : {}) }));
    const unpacked = unpackFile(JSON.parse(JSON.stringify(described)));
    expect(unpacked.map((e) => e.display?.when)).toEqual(events.map((e) => `when ${e.start}`));
    expect(unpacked[1].display).toEqual({ when: 'when 2026-12-24T07:00', day: '24', month: 'Dez.', iso: '2026-12-24T07:00+01:00', moved: 'moved 2026-12-26T07:00' });
    expect(unpacked[0].display?.moved).toBeUndefined();
  });

  it('knows which months a window needs', () => {
    const months = ['2026-12', '2027-01', '2027-02'];
    expect(monthsBetween(months, '2026-12-28', '2027-01-03')).toEqual(['2026-12', '2027-01']);
    expect(monthsBetween(months, '2027-02-01', '9999-12-31')).toEqual(['2027-02']);
  });
});

describe('berlinToday by the EU summer-time rule', () => {
  it('gives the same date as Intl in Europe/Berlin around every change of the clocks and midnight, 2024 to 2030', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });
    const instants: Date[] = [];
    for (let y = 2024; y <= 2030; y++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(y, month + 1, 0));
        const change = Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (let m = -180; m <= 180; m += 15) instants.push(new Date(change + m * 60_000));
      }
      // Around midnight in Dortmund, winter and summer, and at the turn of the year.
      for (const iso of [`${y}-01-01T22:59:00Z`, `${y}-01-01T23:00:00Z`, `${y}-07-01T21:59:00Z`, `${y}-07-01T22:00:00Z`, `${y}-12-31T22:59:59Z`, `${y}-12-31T23:00:00Z`]) instants.push(new Date(iso));
    }
    for (const at of instants) expect(berlinToday(at), at.toISOString()).toBe(intl.format(at));
  });
});
