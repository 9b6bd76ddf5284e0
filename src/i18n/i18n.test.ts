import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import { t } from './t';

describe('UI strings', () => {
  it('English has every German key and no extra ones', () => {
    const missing = Object.keys(de).filter((k) => !(k in en));
    const extra = Object.keys(en).filter((k) => !(k in de));
    expect(missing, 'keys missing in en.json').toEqual([]);
    expect(extra, 'keys only in en.json').toEqual([]);
  });

  it('no string is empty in either language', () => {
    for (const [lang, table] of Object.entries({ de, en })) {
      const empty = Object.entries(table).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('both languages use the same placeholders in each string', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(names(en[key]), key).toEqual(names(de[key]));
    }
  });

  it('fills placeholders and fails loudly on unknown keys', () => {
    expect(t('de', 'place.minutes', { n: 90 })).toBe('etwa 90 Minuten');
    expect(t('en', 'place.minutes', { n: 90 })).toBe('about 90 minutes');
    // @ts-expect-error: an unknown key is a type error and a runtime error
    expect(() => t('de', 'no.such.key')).toThrow('Missing UI string "no.such.key"');
  });
});
