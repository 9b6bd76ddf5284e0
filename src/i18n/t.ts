import de from './de.json';
import en from './en.json';
import type { Locale } from '../schemas/enums';

/** UI strings. German is the source; en.json must have every key (a unit test checks it). */
export const strings = { de, en } as const;

export type UiKey = keyof typeof de;

/**
 * Returns the UI string for a key in the given language, with {name} placeholders filled in.
 * Throws on a missing key so that a typo fails the build instead of showing a blank.
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const table = strings[locale] as Record<string, string>;
  const text = table[key];
  if (text === undefined) throw new Error(`Missing UI string "${key}" for language "${locale}"`);
  // Most strings have no placeholder; every page asks for a few hundred of them.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A translator bound to one language, for use inside a page or component. */
export function useT(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

/** BCP 47 tags for Intl and for hreflang. */
export const localeTags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
