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
