import { describe, expect, it } from 'vitest';
import { berlinInstant, berlinIso, formatEventWhen, formatMonth, formatNumber, isPast } from './format';

describe('Europe/Berlin times', () => {
  it('converts winter and summer local times to the right instants', () => {
    expect(berlinInstant('2026-12-24T18:00').toISOString()).toBe('2026-12-24T17:00:00.000Z');
    expect(berlinInstant('2027-04-30T20:00').toISOString()).toBe('2027-04-30T18:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST
    expect(berlinInstant('2026-03-29T01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(berlinInstant('2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET
    expect(berlinInstant('2026-10-25T04:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('writes ISO 8601 with the offset for structured data', () => {
    expect(berlinIso('2027-06-26T18:00')).toBe('2027-06-26T18:00:00+02:00');
    expect(berlinIso('2026-12-01T11:00')).toBe('2026-12-01T11:00:00+01:00');
    expect(berlinIso('2026-12-01')).toBe('2026-12-01');
  });

  it('formats event times per language in Berlin time', () => {
    expect(formatEventWhen('de', '2027-04-30T20:00')).toBe('Fr., 30. April 2027, 20:00 Uhr');
    expect(formatEventWhen('en', '2027-04-30T20:00')).toBe('Fri, 30 April 2027, 20:00');
    expect(formatEventWhen('de', '2027-06-26T18:00', '2027-06-26T23:30')).toBe('Sa., 26. Juni 2027, 18:00 Uhr – 23:30 Uhr');
  });

  it('decides what is past by the end of the event', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(isPast('2026-06-27T18:00', '2026-06-28T02:00', now)).toBe(true);
    expect(isPast('2026-11-20', '2026-12-30', now)).toBe(false);
    expect(isPast('2026-11-26', undefined, now)).toBe(false);
  });
});

describe('numbers', () => {
  it('groups digits per language', () => {
    expect(formatNumber('de', 614495)).toBe('614.495');
    expect(formatNumber('en', 614495)).toBe('614,495');
    expect(formatNumber('de', 280.7, 1)).toBe('280,7');
    // Formatters are reused per language and decimals: a later call must not take another's settings.
    expect(formatNumber('de', 280.75)).toBe('281');
    expect(formatNumber('en', 280.7, 1)).toBe('280.7');
  });

  it('names months per language', () => {
    expect(formatMonth('de', '2027-03')).toBe('März 2027');
    expect(formatMonth('en', '2027-12')).toBe('December 2027');
  });
});

describe('dates in Leichte Sprache', () => {
  it('writes out the weekday and month and uses no abbreviations', async () => {
    const { formatEasyWhen } = await import('./format');
    expect(formatEasyWhen('2027-04-30T20:00')).toBe('Freitag, 30. April 2027');
    expect(formatEasyWhen('2027-04-23', '2027-10-17')).toBe('vom 23. April 2027 bis zum 17. Oktober 2027');
    expect(formatEasyWhen('2027-06-26T18:00', '2027-06-27T02:00')).toBe('vom 26. Juni 2027 bis zum 27. Juni 2027');
  });
});
