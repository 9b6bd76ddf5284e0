import { describe, expect, it } from 'vitest';
import { entryId } from './contentFiles';

describe('content file names', () => {
  it('turns a file path into an id of language and slug', () => {
    expect(entryId('places', 'de/zeche-zollern.md')).toBe('de/zeche-zollern');
    expect(entryId('news', 'en/new-corporate-design.mdx')).toBe('en/new-corporate-design');
  });

  it('rejects umlauts and capitals in file names, naming the file', () => {
    expect(() => entryId('places', 'de/Fußballmuseum.md')).toThrow(
      'content/places/de/Fußballmuseum.md: the file name is the URL slug and may only contain a–z, 0–9 and single hyphens',
    );
  });

  it('rejects page names that would hide behind a section', () => {
    expect(() => entryId('pages', 'de/erleben.md')).toThrow('content/pages/de/erleben.md: "erleben" is the address of a section');
    expect(() => entryId('pages', 'en/events.md')).toThrow('content/pages/en/events.md: "events" is the address of a section');
    expect(() => entryId('pages', 'de/en.md')).toThrow('"en" is the address of a section');
    expect(entryId('places', 'de/erleben.md')).toBe('de/erleben');
  });

  it('rejects entry names taken by a list’s own pages (calendar, archive, filters, numbered pages)', () => {
    expect(() => entryId('events', 'de/archiv.md')).toThrow('content/events/de/archiv.md: "archiv" is the address of a page of the events list');
    expect(() => entryId('events', 'en/calendar.md')).toThrow('"calendar" is the address of a page of the events list');
    expect(() => entryId('news', 'de/seite.md')).toThrow('"seite" is the address of a page of the news list');
    expect(() => entryId('places', 'en/page.md')).toThrow('"page" is the address of a page of the places list');
    expect(entryId('places', 'de/archiv.md')).toBe('de/archiv');
  });

  it('keeps Leichte Sprache German only', () => {
    expect(entryId('easy', 'de/anreise.md')).toBe('de/anreise');
    expect(() => entryId('easy', 'en/arrival.md')).toThrow('content/easy/en/arrival.md: Leichte Sprache is German only');
  });

  it('rejects files outside the language folders', () => {
    expect(() => entryId('places', 'zeche-zollern.md')).toThrow('content/places/zeche-zollern.md: files must sit in a language folder (de/, en/');
  });
});
