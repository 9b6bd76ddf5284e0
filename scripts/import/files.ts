/**
 * Event content files as the importer reads and writes them: YAML front matter between "---" lines,
 * then Markdown. Written in a fixed field order with js-yaml, so that the same data always gives the
 * same bytes (a second run on unchanged feeds changes no file).
 */
import yaml from 'js-yaml';

/** Field order of an imported event file, as in the editorial files. */
const order = [
  'key', 'title', 'description', 'owner', 'reviewed', 'review', 'translationNote', 'start', 'end', 'status', 'recurrence',
  'venue', 'location', 'category', 'pillar', 'price', 'accessibility', 'organiser', 'series', 'website', 'image', 'sources', 'origin',
];

/** Dates (js-yaml reads unquoted 2026-11-26 as a Date) back to "YYYY-MM-DD". */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
    return out;
  }
  return value;
}

/** Front matter and body of a content file. */
export function readEntry(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('has no front matter between --- lines');
  const data = yaml.load(match[1]);
  if (!data || typeof data !== 'object') throw new Error('front matter is not a YAML mapping');
  return { data: plain(data) as Record<string, unknown>, body: match[2].trim() };
}

/** The text of a content file from its data and Markdown body. */
export function writeEntry(data: Record<string, unknown>, body: string): string {
  const sorted: Record<string, unknown> = {};
  for (const k of order) if (data[k] !== undefined) sorted[k] = data[k];
  for (const k of Object.keys(data).sort()) if (!(k in sorted) && data[k] !== undefined) sorted[k] = data[k];
  const front = yaml.dump(plain(sorted), { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
  // Local times in quotes, as editors write them (an unquoted time could be read as UTC by YAML tools).
  const quoted = front.replace(/^(\s*(?:- )?(?:[A-Za-z]+: )?)(\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/gm, '$1"$2"');
  return `---\n${quoted}---\n${body ? `\n${body.trim()}\n` : ''}`;
}

/** Deep equality of plain data (field order of objects does not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(plain(a))) === JSON.stringify(canonical(plain(b)));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
