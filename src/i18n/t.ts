import de from './de.json';
import { languages, type Locale } from './languages';

/**
 * UI strings, one file per language of the registry (src/i18n/<code>.json). German is the source;
 * every other file must have every key (a unit test checks it).
 */
const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });
export const strings = Object.fromEntries(
  languages.map((l) => {
    const table = files[`./${l.code}.json`];
    if (!table) throw new Error(`src/i18n/${l.code}.json is missing: every language in src/i18n/languages.ts needs its UI strings`);
    return [l.code, table];
  }),
) as Record<Locale, Record<string, string>>;

export type UiKey = keyof typeof de;

/**
 * Returns the UI string for a key in the given language, with {name} placeholders filled in.
 * Throws on a missing key so that a typo fails the build instead of showing a blank.
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const table = strings[locale];
  const text = table?.[key];
  if (text === undefined) throw new Error(`Missing UI string "${key}" for language "${locale}"`);
  // Most strings have no placeholder; every page asks for a few hundred of them.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A translator bound to one language, for use inside a page or component. */
export function useT(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

/** BCP 47 tags for Intl, from the registry. */
export const localeTags = Object.fromEntries(languages.map((l) => [l.code, l.intl])) as Record<Locale, string>;
