import { describe, expect, it } from 'vitest';
import { berlinInstant } from './format';
import { icalRule, occurrences, occurrenceWindow, recurrenceProblems, type SeriesInput } from './recurrence';

/** A Saturday market, 11:00 to 14:00, every week from 17 October 2026 to 19 December 2026. */
const market: SeriesInput = {
  start: '2026-10-17T11:00',
  end: '2026-10-17T14:00',
  status: 'scheduled',
  recurrence: { rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219' },
};
const wide = { from: '2026-01-01', to: '2027-12-31' };
const starts = (list: { start: string }[]) => list.map((o) => o.start);

describe('expanding a series', () => {
  it('keeps the wall-clock time across the end of summer time and includes the UNTIL day', () => {
    const list = occurrences(market, wide);
    expect(list).toHaveLength(10);
    expect(list.every((o) => o.start.endsWith('T11:00') && o.end!.endsWith('T14:00'))).toBe(true);
    // 24 October is still summer time (UTC+2), 31 October winter time (UTC+1).
    expect(berlinInstant(list[1].start).toISOString()).toBe('2026-10-24T09:00:00.000Z');
    expect(berlinInstant(list[2].start).toISOString()).toBe('2026-10-31T10:00:00.000Z');
    expect(list.at(-1)!.start).toBe('2026-12-19T11:00');
  });

  it('keeps the wall-clock time across the start of summer time (daily, over 28 March 2027)', () => {
    const list = occurrences({ start: '2027-03-26T10:00', end: '2027-03-26T12:30', status: 'scheduled', recurrence: { rule: 'FREQ=DAILY;COUNT=4' } }, wide);
    expect(starts(list)).toEqual(['2027-03-26T10:00', '2027-03-27T10:00', '2027-03-28T10:00', '2027-03-29T10:00']);
    expect(list.map((o) => o.end)).toEqual(['2027-03-26T12:30', '2027-03-27T12:30', '2027-03-28T12:30', '2027-03-29T12:30']);
    expect(berlinInstant(list[3].start).getTime() - berlinInstant(list[0].start).getTime()).toBe((3 * 24 - 1) * 3600_000);
  });

  it('drops excluded dates, adds extra dates and applies exceptions', () => {
    const list = occurrences(
      {
        ...market,
        recurrence: {
          rule: market.recurrence!.rule,
          dates: ['2026-12-23T11:00'],
          except: ['2026-10-31T11:00'],
          exceptions: [
            { date: '2026-11-14T11:00', status: 'cancelled', note: 'Stadtfest auf dem Platz' },
            { date: '2026-11-21T11:00', status: 'moved', start: '2026-11-20T15:00' },
            { date: '2026-12-19T11:00', status: 'scheduled', end: '2026-12-19T13:00', note: 'nur bis 13 Uhr' },
          ],
        },
      },
      wide,
    );
    expect(starts(list)).not.toContain('2026-10-31T11:00');
    expect(list.find((o) => o.id === '2026-11-14T11:00')).toMatchObject({ status: 'cancelled', start: '2026-11-14T11:00', changed: true, note: 'Stadtfest auf dem Platz' });
    // Moved: new start, same length (three hours), listed at its new place in the order.
    expect(list.find((o) => o.id === '2026-11-21T11:00')).toMatchObject({ status: 'moved', start: '2026-11-20T15:00', end: '2026-11-20T18:00' });
    expect(starts(list).indexOf('2026-11-20T15:00')).toBe(starts(list).indexOf('2026-11-14T11:00') + 1);
    expect(list.find((o) => o.id === '2026-12-19T11:00')).toMatchObject({ status: 'scheduled', end: '2026-12-19T13:00', changed: true });
    expect(list.at(-1)).toMatchObject({ start: '2026-12-23T11:00', end: '2026-12-23T14:00', changed: false });
    expect(list).toHaveLength(10);
  });

  it('expands an open-ended rule only over the window and a single event as one occurrence', () => {
    const window = occurrenceWindow(new Date('2026-12-07T06:00:00Z'));
    expect(window).toEqual({ from: '2025-12-07', to: '2028-01-07' });
    const open = occurrences({ start: '2020-01-04', status: 'tentative', recurrence: { rule: 'FREQ=MONTHLY;BYDAY=1SA' } }, window);
    expect(open[0].start).toBe('2026-01-03');
    expect(open.at(-1)!.start).toBe('2028-01-01');
    expect(open.every((o) => o.status === 'tentative')).toBe(true);
    expect(occurrences({ start: '2027-04-30T20:00', end: '2027-05-01T08:00', status: 'tentative' }, window)).toEqual([
      { id: '2027-04-30T20:00', start: '2027-04-30T20:00', end: '2027-05-01T08:00', status: 'tentative', changed: false },
    ]);
    expect(occurrences({ start: '2024-04-30T20:00', status: 'scheduled' }, window)).toEqual([]);
  });

  it('skips impossible dates instead of rolling them into the next month', () => {
    const list = occurrences({ start: '2027-01-31', status: 'scheduled', recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4' } }, wide);
    expect(starts(list)).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
    const leap = occurrences({ start: '2028-02-29', status: 'scheduled', recurrence: { rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' } }, { from: '2027-01-01', to: '2033-12-31' });
    expect(starts(leap)).toEqual(['2028-02-29', '2032-02-29']);
  });

  it('keeps multi-day all-day occurrences as long as the first', () => {
    const list = occurrences({ start: '2026-11-27', end: '2026-11-29', status: 'scheduled', recurrence: { rule: 'FREQ=YEARLY;COUNT=2' } }, wide);
    expect(list.map((o) => [o.start, o.end])).toEqual([['2026-11-27', '2026-11-29'], ['2027-11-27', '2027-11-29']]);
  });
});

describe('checking a series', () => {
  const check = (recurrence: Parameters<typeof recurrenceProblems>[1], start = market.start) =>
    recurrenceProblems(start, recurrence).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('accepts a clean series', () => {
    expect(check({ rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219', except: ['2026-10-31T11:00'], exceptions: [{ date: '2026-11-21T11:00', status: 'moved', start: '2026-11-20T15:00' }] })).toEqual([]);
  });

  it('names the field and says what is wrong', () => {
    expect(check({ rule: 'RRULE:FREQ=WEEKLY' })).toEqual(['recurrence.rule: write the rule without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=SA"']);
    expect(check({ rule: 'FREQ=WEKLY;BYDAY=SA' })[0]).toMatch(/^recurrence\.rule: is not a valid RRULE: invalid frequency "WEKLY"/);
    expect(check({ rule: 'BYDAY=SA' })).toEqual(['recurrence.rule: needs FREQ, one of DAILY, WEEKLY, MONTHLY, YEARLY, e.g. "FREQ=WEEKLY;BYDAY=SA"']);
    expect(check({ rule: 'FREQ=WEEKLY;COUNT=3;UNTIL=20261219' })).toEqual(['recurrence.rule: use either COUNT or UNTIL, not both']);
    expect(check({ rule: 'FREQ=HOURLY' })).toEqual(['recurrence.rule: FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY']);
    expect(check({ rule: 'FREQ=WEEKLY;BYDAY=SA;EXDATE=20261031' })).toEqual([
      'recurrence.rule: unknown rule part "EXDATE"; allowed: FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, BYWEEKNO, BYYEARDAY, WKST',
    ]);
    expect(check({ rule: 'FREQ=WEEKLY;BYDAY=SU' })).toEqual(['recurrence.rule: does not produce the start 2026-10-17 11:00; the start must be the first occurrence']);
    expect(check({ rule: 'FREQ=WEEKLY;UNTIL=20261001' })).toEqual(['recurrence.rule: UNTIL is before the first occurrence (start)']);
  });

  it('requires excluded and changed dates to be occurrences, in the start form, and a new start for moved ones', () => {
    expect(
      check({
        rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219',
        except: ['2026-10-30T11:00', '2026-10-31'],
        exceptions: [
          { date: '2026-11-21T11:00', status: 'moved' },
          { date: '2026-12-26T11:00', status: 'cancelled' },
          { date: '2026-11-28T11:00', status: 'scheduled', start: '2026-11-28T12:00', end: '2026-11-28T10:00' },
        ],
      }),
    ).toEqual([
      'recurrence.except.0: 2026-10-30 11:00 is not an occurrence of the rule or of dates; name an original start',
      'recurrence.except.1: must be a date with time, like start (e.g. "2026-12-24 11:00")',
      'recurrence.exceptions.0.start: a moved occurrence needs its new start',
      'recurrence.exceptions.1.date: 2026-12-26 11:00 is not an occurrence of the rule or of dates; name an original start',
      'recurrence.exceptions.2.end: end must be after start',
    ]);
  });

  it('checks occurrences of an open-ended rule far ahead', () => {
    expect(check({ rule: 'FREQ=WEEKLY;BYDAY=SA', except: ['2031-12-27T11:00'] })).toEqual([]);
    expect(check({ rule: 'FREQ=WEEKLY;BYDAY=SA', dates: ['2026-10-18T11:00'], except: ['2026-10-18T11:00'] })).toEqual([]);
  });
});

describe('rule in iCalendar files', () => {
  it('writes a date-only UNTIL of a timed series as the end of that day in UTC', () => {
    expect(icalRule('FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219', '2026-10-17T11:00')).toBe('FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T225959Z');
    expect(icalRule('FREQ=WEEKLY;UNTIL=20270619;BYDAY=SA', '2026-10-17T11:00')).toBe('FREQ=WEEKLY;UNTIL=20270619T215959Z;BYDAY=SA');
    expect(icalRule('FREQ=YEARLY;UNTIL=20301231', '2026-11-27')).toBe('FREQ=YEARLY;UNTIL=20301231');
  });
});
