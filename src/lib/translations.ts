/**
 * Rules for language versions of content entries, as pure functions so that tests can feed them
 * broken fixtures. A broken rule throws one error listing every problem with its file and field.
 */

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
 * Checks that every entry has its other-language version (same key) or says why not, that no key is
 * used twice in one language, and that shared facts agree between the versions.
 */
export function checkTranslations(collection: string, entries: EntryLike[]): void {
  const problems: string[] = [];
  const where = (e: EntryLike) => e.filePath ?? `content/${collection}/${e.id}`;
  const byKey = new Map<string, Partial<Record<'de' | 'en', EntryLike>>>();
  for (const e of entries) {
    const locale = e.id.split('/')[0] as 'de' | 'en';
    const key = String(e.data.key);
    const pair = byKey.get(key) ?? {};
    if (pair[locale]) {
      problems.push(`${where(e)}: key "${key}" is already used by ${where(pair[locale]!)}; each language may use a key once`);
      continue;
    }
    pair[locale] = e;
    byKey.set(key, pair);
  }
  for (const [key, pair] of byKey) {
    for (const [have, miss] of [['de', 'en'], ['en', 'de']] as const) {
      const entry = pair[have];
      if (entry && !pair[miss] && !entry.data.translationNote) {
        problems.push(
          `${where(entry)}: no ${miss === 'en' ? 'English' : 'German'} version with key "${key}" in content/${collection}/${miss}/; ` +
            `add it, or set translationNote to say why there is none`,
        );
      }
    }
    if (pair.de && pair.en) {
      for (const field of sharedFields[collection] ?? []) {
        const a = JSON.stringify(comparable(field, pair.de.data[field]) ?? null);
        const b = JSON.stringify(comparable(field, pair.en.data[field]) ?? null);
        if (a !== b) {
          problems.push(`${where(pair.en)}: field "${field}" differs from ${where(pair.de)}; both language versions must agree`);
        }
      }
    }
  }
  if (problems.length) {
    throw new Error(`Content check failed in "${collection}":\n- ${problems.join('\n- ')}`);
  }
}
