/**
 * Rules for language versions of content entries, as pure functions so that tests can feed them
 * broken fixtures. A broken rule throws one error listing every problem with its file and field.
 */

import { languages, locales, sourceLocale, type Locale } from '../i18n/languages';

export interface EntryLike {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/** Fields that describe the thing itself, not the text about it; both language versions must agree. */
const sharedFields: Record<string, string[]> = {
  places: ['kind', 'venueType', 'district', 'coordinates', 'address', 'website', 'pillars'],
  events: ['start', 'end', 'venue', 'category', 'pillar', 'status', 'series', 'recurrence'],
  festivals: ['venue'],
  news: ['date', 'kind', 'pillar'],
  business: ['kind', 'figures', 'places'],
  pages: ['kind'],
  districts: ['number', 'district', 'labelPoint', 'statisticalDistricts'],
  routes: ['mode', 'durationMinutes'],
};

/** Parts of a shared field that are text and so differ by language: notes on single occurrences of a series. */
function comparable(field: string, value: unknown): unknown {
  if (field !== 'recurrence' || !value || typeof value !== 'object') return value;
  const r = value as { exceptions?: Record<string, unknown>[] };
  return { ...r, exceptions: r.exceptions?.map(({ note: _note, ...rest }) => rest) };
}

/**
 * Checks that every entry has its version in each complete language (same key) or says why not, that no key is
 * used twice in one language, and that shared facts agree between the versions.
 */
export function checkTranslations(collection: string, entries: EntryLike[]): void {
  const problems: string[] = [];
  const where = (e: EntryLike) => e.filePath ?? `content/${collection}/${e.id}`;
  const byKey = new Map<string, Partial<Record<Locale, EntryLike>>>();
  for (const e of entries) {
    const locale = e.id.split('/')[0] as Locale;
    const key = String(e.data.key);
    const versions = byKey.get(key) ?? {};
    if (versions[locale]) {
      problems.push(`${where(e)}: key "${key}" is already used by ${where(versions[locale]!)}; each language may use a key once`);
      continue;
    }
    versions[locale] = e;
    byKey.set(key, versions);
  }
  // Complete languages need every entry; partial languages (src/i18n/languages.ts) only what has been translated.
  const required = languages.filter((l) => l.complete).map((l) => l.code as Locale);
  for (const [key, versions] of byKey) {
    const present = locales.filter((l) => versions[l]);
    const explained = present.some((l) => versions[l]!.data.translationNote);
    if (!explained) {
      for (const miss of required.filter((l) => !versions[l])) {
        const entry = versions[present[0]]!;
        problems.push(
          `${where(entry)}: no ${languageName(miss)} version with key "${key}" in content/${collection}/${miss}/; ` +
            `add it, or set translationNote to say why there is none`,
        );
      }
    }
    // Shared facts are compared with the source-language version, or else the first version there is.
    const reference = versions[sourceLocale] ?? versions[present[0]]!;
    for (const l of present) {
      const other = versions[l]!;
      if (other === reference) continue;
      for (const field of sharedFields[collection] ?? []) {
        const a = JSON.stringify(comparable(field, reference.data[field]) ?? null);
        const b = JSON.stringify(comparable(field, other.data[field]) ?? null);
        if (a !== b) {
          problems.push(`${where(other)}: field "${field}" differs from ${where(reference)}; all language versions must agree`);
        }
      }
    }
  }
  if (problems.length) {
    throw new Error(`Content check failed in "${collection}":\n- ${problems.join('\n- ')}`);
  }
}

/** A language's English name for messages to editors ("German", "Dutch"). */
export function languageName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
}
