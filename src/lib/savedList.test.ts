import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { bucketOf, idsFromShare, mergeCalendars, readSaved, shareUrl, storageKey, toggle, writeSaved } from './savedList';
import { buildCalendar } from './ical';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('saved list', () => {
  it('stores nothing until something is saved, and removes the key when the list is empty', () => {
    const storage = memoryStorage();
    expect(readSaved(storage)).toEqual([]);
    expect(storage.data.size).toBe(0);
    writeSaved(storage, toggle([], 'place:zeche-zollern'));
    expect(JSON.parse(storage.data.get(storageKey)!)).toEqual(['place:zeche-zollern']);
    writeSaved(storage, toggle(readSaved(storage), 'place:zeche-zollern'));
    expect(storage.data.has(storageKey)).toBe(false);
  });

  it('ignores damaged or foreign data', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey, '{not json');
    expect(readSaved(storage)).toEqual([]);
    storage.setItem(storageKey, JSON.stringify(['place:a', 'javascript:alert(1)', 42]));
    expect(readSaved(storage)).toEqual(['place:a']);
  });

  it('round-trips a shared link', () => {
    const url = shareUrl('https://example.org/erleben/merkliste/?x=1', ['place:zeche-zollern', 'event:mayday-2027']);
    expect(url).toBe('https://example.org/erleben/merkliste/?liste=place:zeche-zollern,event:mayday-2027');
    expect(idsFromShare(new URL(url).search)).toEqual(['place:zeche-zollern', 'event:mayday-2027']);
    expect(idsFromShare('?liste=place:a,bad,place:a')).toEqual(['place:a']);
  });

  it('merges event files into one valid calendar with each time zone once', () => {
    const event = (key: string, start: string) =>
      buildCalendar(key, 'de', [
        { key, title: key, description: 'Beschreibung', start, status: 'scheduled', location: 'Dortmund', url: 'https://example.org/', organiser: 'Stadt', updated: new Date('2026-11-26') },
      ]);
    const merged = mergeCalendars([event('a', '2027-04-30T20:00'), event('b', '2027-06-26T18:00'), event('c', '2027-07-01')]);
    const calendar = new ICAL.Component(ICAL.parse(merged));
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'a@portal.dortmund',
      'b@portal.dortmund',
      'c@portal.dortmund',
    ]);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('spreads items over data files by their id, the same way at build time and in the browser', () => {
    expect(bucketOf('place:zeche-zollern', 1)).toBe(1);
    const ids = Array.from({ length: 2000 }, (_, i) => `event:e-${i}`);
    const counts = new Map<number, number>();
    for (const id of ids) counts.set(bucketOf(id, 10), (counts.get(bucketOf(id, 10)) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const n of counts.values()) expect(n).toBeGreaterThan(140);
    expect(bucketOf('event:e-1', 10)).toBe(bucketOf('event:e-1', 10));
  });
});
