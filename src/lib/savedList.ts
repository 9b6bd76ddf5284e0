/**
 * The saved list ("Merkliste") lives only in the visitor's browser: a list of item ids in
 * localStorage, written the first time the visitor saves something, never sent anywhere. Ids are
 * language-neutral ("place:zeche-zollern"), so a list works on German and English pages alike.
 */

export type SavedType = 'place' | 'event' | 'route';

/** An item as the saved-list page knows it, in the page's language. */
export interface SavedItem {
  id: string;
  type: SavedType;
  title: string;
  url: string;
  /** For events: when, in words, and the address of the event's .ics file. */
  when?: string;
  ics?: string;
}

export const storageKey = 'do-merkliste';

/**
 * The data file (1 … buckets) that describes an item on the saved-list page: items are spread over
 * small files by a hash of their id (FNV-1a), so the page loads the few files its items are in
 * instead of receiving every place, route and event of the site as props.
 */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % buckets) + 1;
}
/** Query parameter of a shared list: ?liste=place:a,event:b */
export const shareParam = 'liste';

const idPattern = /^(place|event|route):[a-z0-9-]+$/;

/** Ids stored on this device; an unreadable entry counts as an empty list. */
export function readSaved(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const value = JSON.parse(storage.getItem(storageKey) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && idPattern.test(id)) : [];
  } catch {
    return [];
  }
}

export function writeSaved(storage: Pick<Storage, 'setItem' | 'removeItem'>, ids: string[]): void {
  if (ids.length === 0) storage.removeItem(storageKey);
  else storage.setItem(storageKey, JSON.stringify([...new Set(ids)]));
}

export function toggle(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Ids from a shared link, keeping only well-formed ones. */
export function idsFromShare(search: string): string[] {
  const raw = new URLSearchParams(search).get(shareParam);
  return raw ? [...new Set(raw.split(',').filter((id) => idPattern.test(id)))] : [];
}

export function shareUrl(base: string, ids: string[]): string {
  const url = new URL(base);
  url.search = '';
  url.searchParams.set(shareParam, ids.join(','));
  return url.href.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/**
 * Joins single-event iCalendar files into one calendar: the first file's header, each time zone
 * once, and every VEVENT. The files come from this site, built with ical-generator.
 */
export function mergeCalendars(files: string[]): string {
  const header = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Stadt Dortmund//Dortmund Portal Merkliste//DE\r\nCALSCALE:GREGORIAN\r\n';
  const zones = new Map<string, string>();
  const events: string[] = [];
  for (const file of files) {
    const text = file.replace(/\r?\n/g, '\r\n');
    for (const m of text.matchAll(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE\r\n/g)) {
      const tzid = /TZID:([^\r\n]+)/.exec(m[0])?.[1] ?? m[0];
      if (!zones.has(tzid)) zones.set(tzid, m[0]);
    }
    for (const m of text.matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)) events.push(m[0]);
  }
  return `${header}${[...zones.values()].join('')}${events.join('')}END:VCALENDAR\r\n`;
}
