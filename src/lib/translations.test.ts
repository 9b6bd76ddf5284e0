import { describe, expect, it } from 'vitest';
import { checkTranslations } from './translations';

const place = (id: string, data: Record<string, unknown>) => ({ id, filePath: `content/places/${id}.md`, data });

describe('language versions of entries', () => {
  it('accepts a complete pair with equal shared facts', () => {
    const shared = { district: 'Hörde', coordinates: { lat: 51.49, lon: 7.51 } };
    expect(() =>
      checkTranslations('places', [place('de/phoenix-see', { key: 'phoenix-see', ...shared }), place('en/lake-phoenix', { key: 'phoenix-see', ...shared })]),
    ).not.toThrow();
  });

  it('names the file whose translation is missing', () => {
    expect(() => checkTranslations('places', [place('de/phoenix-see', { key: 'phoenix-see' })])).toThrow(
      'content/places/de/phoenix-see.md: no English version with key "phoenix-see" in content/places/en/',
    );
  });

  it('accepts a single language when the entry says why', () => {
    expect(() => checkTranslations('pages', [place('de/leichte-sprache', { key: 'easy-language', translationNote: 'Nur auf Deutsch.' })])).not.toThrow();
  });

  it('names the field that differs between the versions', () => {
    expect(() =>
      checkTranslations('places', [
        place('de/phoenix-see', { key: 'phoenix-see', district: 'Hörde' }),
        place('en/lake-phoenix', { key: 'phoenix-see', district: 'Aplerbeck' }),
      ]),
    ).toThrow('content/places/en/lake-phoenix.md: field "district" differs from content/places/de/phoenix-see.md');
  });

  it('rejects a key used twice in one language', () => {
    expect(() =>
      checkTranslations('places', [place('de/a', { key: 'same', translationNote: 'x'.repeat(10) }), place('de/b', { key: 'same', translationNote: 'x'.repeat(10) })]),
    ).toThrow('content/places/de/b.md: key "same" is already used by content/places/de/a.md');
  });

  it('compares a series between the versions, except the per-language notes on single dates', () => {
    const series = (id: string, note: string, rule = 'FREQ=WEEKLY;BYDAY=SA') => ({
      id,
      filePath: `content/events/${id}.md`,
      data: { key: 'markt', start: '2026-10-17T11:00', recurrence: { rule, exceptions: [{ date: '2026-12-26T11:00', status: 'cancelled', note }] } },
    });
    expect(() => checkTranslations('events', [series('de/markt', 'fällt aus'), series('en/market', 'no market')])).not.toThrow();
    expect(() => checkTranslations('events', [series('de/markt', 'fällt aus'), series('en/market', 'no market', 'FREQ=WEEKLY;BYDAY=FR')])).toThrow(
      'content/events/en/market.md: field "recurrence" differs from content/events/de/markt.md; all language versions must agree',
    );
  });
});
