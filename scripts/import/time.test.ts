import { describe, expect, it } from 'vitest';
import { isoWithOffset, localFromInstant, localFromIso, localTimeExists } from './time';

describe('times across the change to and from summer time', () => {
  it('turns instants into Dortmund wall-clock time with the right offset', () => {
    // 27 March 2027 is the last day of winter time, 28 March the first of summer time.
    expect(localFromInstant(Date.UTC(2027, 2, 27, 19, 0))).toBe('2027-03-27 20:00');
    expect(localFromInstant(Date.UTC(2027, 2, 28, 17, 0))).toBe('2027-03-28 19:00');
    // 31 October 2027: 01:30 UTC is 02:30 the second time (winter time).
    expect(localFromInstant(Date.UTC(2027, 9, 31, 1, 30))).toBe('2027-10-31 02:30');
    expect(localFromIso('2027-03-28T19:00:00+02:00')).toBe('2027-03-28 19:00');
    expect(localFromIso('2027-03-28T17:00:00Z')).toBe('2027-03-28 19:00');
    expect(localFromIso('2027-03-28T19:00')).toBe('2027-03-28 19:00');
    expect(localFromIso('2027-05-02')).toBe('2027-05-02');
  });

  it('writes reports in ISO 8601 with the offset of that day', () => {
    expect(isoWithOffset('2027-03-27 20:00')).toBe('2027-03-27T20:00:00+01:00');
    expect(isoWithOffset('2027-03-28 19:00')).toBe('2027-03-28T19:00:00+02:00');
    expect(isoWithOffset('2027-05-02')).toBe('2027-05-02T00:00:00+02:00');
    expect(isoWithOffset('2027-01-02')).toBe('2027-01-02T00:00:00+01:00');
  });

  it('knows the hour that does not exist', () => {
    expect(localTimeExists('2027-03-28 02:30')).toBe(false);
    expect(localTimeExists('2027-03-28 03:30')).toBe(true);
  });
});
