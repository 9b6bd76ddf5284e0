/**
 * Occurrences of an iCalendar file as two independent parsers see them: ical.js (Mozilla) and
 * node-ical (which expands rules with rrule-temporal). Both must agree on every feed the site builds:
 * a date that one common calendar library drops or shifts is a date visitors miss.
 */
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';

/** "2026-12-12T06:00:00.000Z STATUS" for every occurrence that starts in [from, to). */
export type Seen = string;

export function occurrencesIcalJs(text: string, from: Date, to: Date): Seen[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // A calendar application registers the file's own VTIMEZONE before reading its times.
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  // `exceptions: []` stops ical.js from relating every RECURRENCE-ID of the whole file to each series
  // (it does so by default, whatever the UID); overrides are related by UID below, as calendars do.
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v, { exceptions: [] }));
  const seen: Seen[] = [];
  for (const master of events.filter((e) => !e.isRecurrenceException())) {
    const status = (e: ICAL.Event) => String(e.component.getFirstPropertyValue('status') ?? '');
    if (!master.isRecurring()) {
      const start = master.startDate.toJSDate();
      if (start >= from && start < to) seen.push(`${start.toISOString()} ${status(master)}`);
      continue;
    }
    for (const exception of events.filter((e) => e.isRecurrenceException() && e.uid === master.uid)) master.relateException(exception);
    const iterator = master.iterator();
    for (let next = iterator.next(), i = 0; next && i < 5000; next = iterator.next(), i++) {
      const details = master.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate();
      if (next.toJSDate() >= to && start >= to) break;
      if (start >= from && start < to) seen.push(`${start.toISOString()} ${status(details.item)}`);
    }
  }
  return seen.sort();
}

export function occurrencesNodeIcal(text: string, from: Date, to: Date): Seen[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const seen: Seen[] = [];
  for (const component of Object.values(parsed)) {
    if (!component || component.type !== 'VEVENT') continue;
    const event = component as VEvent;
    // Overrides are attached to their series (event.recurrences) and expanded with it.
    if (event.recurrenceid && !event.rrule) continue;
    for (const instance of nodeIcal.expandRecurringEvent(event, { from, to: new Date(to.getTime() - 1) })) {
      seen.push(`${instance.start.toISOString()} ${String((instance.isOverride ? instance.event.status : event.status) ?? '')}`);
    }
  }
  return seen.filter((s) => new Date(s.slice(0, 24)) >= from && new Date(s.slice(0, 24)) < to).sort();
}
