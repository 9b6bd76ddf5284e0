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
});
