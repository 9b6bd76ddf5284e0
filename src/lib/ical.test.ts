import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, type CalendarEvent } from './ical';

const mayday: CalendarEvent = {
  key: 'mayday-2027',
  title: 'Mayday 2027; Westfalenhallen, Halle 1',
  description: 'Elektronische Musik die ganze Nacht. '.repeat(4),
  start: '2027-04-30T20:00',
  end: '2027-05-01T08:00',
  status: 'scheduled',
  location: 'Westfalenhallen Dortmund, Strobelallee 45',
  url: 'https://example.org/veranstaltungen/mayday-2027/',
  organiser: 'I-Motion GmbH',
  updated: new Date('2026-11-26T00:00:00Z'),
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  // Make the file's own VTIMEZONE known to the parser, as a calendar application would.
  for (const vtimezone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('iCalendar output', () => {
  const text = buildCalendar('Veranstaltungen in Dortmund', 'de', [mayday, { ...mayday, key: 'x', start: '2026-11-20', end: '2026-12-30', status: 'cancelled' }]);

  it('parses with a real iCalendar parser and keeps the times in Europe/Berlin', () => {
    const { component, events } = parse(text);
    expect(component.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events[0].startDate.zone.tzid).toBe('Europe/Berlin');
    expect(events[0].startDate.toString()).toBe('2027-04-30T20:00:00');
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2027-04-30T18:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20270430T200000');
  });

  it('has a stable UID and a UTC DTSTAMP from the review date', () => {
    expect(text).toContain('UID:mayday-2027@portal.dortmund');
    expect(text).toMatch(/^DTSTAMP:20261126T000000Z\r?$/m);
    expect(buildCalendar('A', 'de', [mayday])).toBe(buildCalendar('A', 'de', [mayday]));
  });

  it('escapes text and folds long lines at 75 octets', () => {
    expect(text).toContain('SUMMARY:Mayday 2027\\; Westfalenhallen\\, Halle 1');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('writes all-day events with an exclusive end date and marks cancellations', () => {
    const { events } = parse(text);
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].endDate.toString()).toBe('2026-12-31');
    expect(events[1].component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0].component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });
});

/** A weekly market with a date left out, a cancelled date, a moved date, and an extra date as an event of its own. */
const market: CalendarEvent = {
  key: 'wochenmarkt-test',
  title: 'Wochenmarkt',
  description: 'Ein Markt an jedem Samstag.',
  start: '2026-10-17T11:00',
  end: '2026-10-17T14:00',
  status: 'scheduled',
  location: 'Hansaplatz, 44137 Dortmund',
  url: 'https://example.org/veranstaltungen/wochenmarkt-test/',
  organiser: 'Testveranstalter',
  updated: new Date('2026-11-26T00:00:00Z'),
  recurrence: { rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219', except: ['2026-10-31T11:00'] },
  overrides: [
    { recurrenceId: '2026-11-14T11:00', start: '2026-11-14T11:00', end: '2026-11-14T14:00', status: 'cancelled', note: 'Stadtfest auf dem Platz' },
    { recurrenceId: '2026-11-21T11:00', start: '2026-11-20T15:00', end: '2026-11-20T18:00', status: 'moved' },
  ],
};

describe('a series in iCalendar', () => {
  const extra: CalendarEvent = { ...market, key: 'wochenmarkt-test-20261223t1100', start: '2026-12-23T11:00', end: '2026-12-23T14:00', recurrence: undefined, overrides: undefined };
  const text = buildCalendar('Wochenmarkt', 'de', [market, extra]);

  it('writes RRULE and EXDATE in Europe/Berlin and one override per changed date', () => {
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T225959Z');
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20261031T110000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20261121T110000');
    expect(text.match(/UID:wochenmarkt-test@portal\.dortmund/g)).toHaveLength(3);
  });

  it('expands to the same dates with ical.js, across the end of summer time', () => {
    const { events } = parse(text);
    const seen: string[] = [];
    for (const master of events.filter((e) => !e.isRecurrenceException())) {
      for (const exception of events.filter((e) => e.isRecurrenceException() && e.uid === master.uid)) master.relateException(exception);
      const iterator = master.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = master.getOccurrenceDetails(next);
        seen.push(`${details.startDate.toJSDate().toISOString()} ${details.item.component.getFirstPropertyValue('status')}`);
      }
    }
    expect(seen.sort()).toEqual([
      '2026-10-17T09:00:00.000Z CONFIRMED',
      '2026-10-24T09:00:00.000Z CONFIRMED',
      '2026-11-07T10:00:00.000Z CONFIRMED',
      '2026-11-14T10:00:00.000Z CANCELLED',
      '2026-11-20T14:00:00.000Z CONFIRMED',
      '2026-11-28T10:00:00.000Z CONFIRMED',
      '2026-12-05T10:00:00.000Z CONFIRMED',
      '2026-12-12T10:00:00.000Z CONFIRMED',
      '2026-12-19T10:00:00.000Z CONFIRMED',
      '2026-12-23T10:00:00.000Z CONFIRMED',
    ]);
  });

  it('expands to the same dates with node-ical, an independent parser', async () => {
    const nodeIcal = (await import('node-ical')).default;
    const parsed = nodeIcal.sync.parseICS(text);
    const vevents = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as import('node-ical').VEvent[];
    expect(vevents.map((v) => Boolean(v.rrule))).toEqual([true, false]);
    const instances = vevents.flatMap((v) => nodeIcal.expandRecurringEvent(v, { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }));
    expect(instances.map((i) => `${i.start.toISOString()} ${i.isOverride ? (i.event.status ?? '') : ''}`.trim()).sort()).toEqual([
      '2026-10-17T09:00:00.000Z',
      '2026-10-24T09:00:00.000Z',
      '2026-11-07T10:00:00.000Z',
      '2026-11-14T10:00:00.000Z CANCELLED',
      '2026-11-20T14:00:00.000Z CONFIRMED',
      '2026-11-28T10:00:00.000Z',
      '2026-12-05T10:00:00.000Z',
      '2026-12-12T10:00:00.000Z',
      '2026-12-19T10:00:00.000Z',
      '2026-12-23T10:00:00.000Z',
    ]);
  });

  it('marks expected dates as TENTATIVE', () => {
    const { events } = parse(buildCalendar('A', 'de', [{ ...mayday, status: 'tentative' }]));
    expect(events[0].component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
