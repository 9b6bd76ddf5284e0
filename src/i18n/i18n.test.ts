import { describe, expect, it } from 'vitest';
import de from './de.json';
import { strings, t } from './t';
import { languages, localeOfPath, locales } from './languages';
import { entryPath, fixedAlternates, pagePaths, routeFor } from './routes';

const others = locales.filter((l) => l !== 'de');

describe('UI strings', () => {
  it.each(others)('%s has every German key and no extra ones', (lang) => {
    const table = strings[lang];
    const missing = Object.keys(de).filter((k) => !(k in table));
    const extra = Object.keys(table).filter((k) => !(k in de));
    expect(missing, `keys missing in ${lang}.json`).toEqual([]);
    expect(extra, `keys only in ${lang}.json`).toEqual([]);
  });

  it('no string is empty in any language', () => {
    for (const [lang, table] of Object.entries(strings)) {
      const empty = Object.entries(table).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('every language uses the same placeholders in each string', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of others) {
      for (const key of Object.keys(de) as (keyof typeof de)[]) {
        expect(names(strings[lang][key]), `${lang}:${key}`).toEqual(names(de[key]));
      }
    }
  });

  it('fills placeholders and fails loudly on unknown keys', () => {
    expect(t('de', 'place.minutes', { n: 90 })).toBe('etwa 90 Minuten');
    expect(t('en', 'place.minutes', { n: 90 })).toBe('about 90 minutes');
    // @ts-expect-error: an unknown key is a type error and a runtime error
    expect(() => t('de', 'no.such.key')).toThrow('Missing UI string "no.such.key"');
  });
});

describe('language registry', () => {
  it('declares each code, prefix and hreflang once, German first as the source', () => {
    expect(locales[0]).toBe('de');
    for (const field of ['code', 'prefix', 'hreflang'] as const) {
      const values = languages.map((l) => l[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it('keeps every address of a language below its prefix, and every address unique', () => {
    const seen = new Map<string, string>();
    for (const l of languages) {
      for (const [name, path] of Object.entries(l.routes)) {
        expect(path.startsWith(l.prefix), `${l.code}.${name}: ${path}`).toBe(true);
        expect(localeOfPath(path), `${l.code}.${name}: ${path}`).toBe(l.code);
        expect(seen.get(path), `${path} is declared twice`).toBeUndefined();
        seen.set(path, `${l.code}.${name}`);
      }
    }
  });

  it('builds the current German and English addresses from the registry', () => {
    expect(pagePaths.places).toMatchObject({ de: '/erleben/orte/', en: '/en/visit/places/' });
    expect(entryPath('places', 'en', 'dortmunder-u')).toBe('/en/visit/places/dortmunder-u/');
    expect(entryPath('pages', 'de', 'impressum')).toBe('/impressum/');
    expect(fixedAlternates('home')).toMatchObject({ de: '/', en: '/en/' });
    expect(routeFor('easy', 'en')).toBe('/leichte-sprache/');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/erleben/')).toBe('de');
  });
});
