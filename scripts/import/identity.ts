/**
 * Identity of imported events: the stable key of an event in its source (source name plus the
 * source's id; an iCalendar override of one date adds its RECURRENCE-ID), finding the same event in
 * two sources (same day, same venue, similar title), and merging them field by field with the more
 * trusted source winning (editorial > partner > aggregator), recording where each field came from.
 */
import type { ImportLanguage as Locale } from './model';
import type { NormalizedEvent } from './model';
import { trustRank, type Trust } from './sources';
import { foldName } from './venues';
import { postalCodePattern } from '../../src/lib/eventRules';

/** Key of an event in the crosswalk: "source|id". */
export const sourceKey = (e: { source: string; sourceId: string }) => `${e.source}|${e.sourceId}`;

/** Similarity of two titles from 0 to 1 (Dice coefficient of letter pairs after folding). */
export function titleSimilarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const f = foldName(s).replace(/ /g, '');
    const list: string[] = [];
    for (let i = 0; i < f.length - 1; i++) list.push(f.slice(i, i + 2));
    return list;
  };
  // "Mayday 2027" and "Mayday 2027 in den Westfalenhallen": one title contains the other.
  const [fa, fb] = [foldName(a).replace(/ /g, ''), foldName(b).replace(/ /g, '')];
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (short.length >= 6 && long.includes(short)) return Math.max(0.9, short.length / long.length);
  const pa = pairs(a);
  const pb = pairs(b);
  if (!pa.length || !pb.length) return foldName(a) === foldName(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const p of pa) counts.set(p, (counts.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of pb) {
    const n = counts.get(p) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(p, n - 1);
    }
  }
  return (2 * shared) / (pa.length + pb.length);
}

/** Titles at least this similar, on the same day at the same venue, are the same event. */
export const sameTitleThreshold = 0.6;

/** An event with its matched venue, ready to be compared with others. */
export interface Located extends NormalizedEvent {
  venue?: string;
  trust: Trust;
  /** Order of the source in event-feeds.yaml; breaks ties between equally trusted sources. */
  sourceOrder: number;
}

/** Whether two events (from different sources) describe the same thing. */
export function sameEvent(a: { start: string; title: string; venue?: string; venueName?: string }, b: { start: string; title: string; venue?: string; venueName?: string }): boolean {
  if (a.start.slice(0, 10) !== b.start.slice(0, 10)) return false;
  const sameVenue = a.venue && b.venue ? a.venue === b.venue : Boolean(a.venueName && b.venueName && titleSimilarity(a.venueName, b.venueName) >= sameTitleThreshold);
  if (!sameVenue) return false;
  return titleSimilarity(a.title, b.title) >= sameTitleThreshold;
}

/** Groups of the same event across sources; each group lists its most trusted member first. */
export function groupDuplicates(events: Located[]): Located[][] {
  const groups: Located[][] = [];
  for (const e of events) {
    const group = groups.find((g) => g.every((m) => m.source !== e.source) && g.some((m) => sameEvent(m, e)));
    if (group) group.push(e);
    else groups.push([e]);
  }
  for (const g of groups) g.sort(byTrust);
  return groups;
}

export function byTrust(a: Located, b: Located): number {
  return trustRank[b.trust] - trustRank[a.trust] || a.sourceOrder - b.sourceOrder;
}

/** Fields shared by both language versions, merged across sources. */
export const sharedFieldNames = ['start', 'end', 'status', 'recurrence', 'venue', 'location', 'category', 'pillar', 'price', 'organiser', 'website', 'image'] as const;
/** Fields written per language. */
export const textFieldNames = ['title', 'description', 'body', 'accessibility'] as const;

export interface MergedTexts {
  title: string;
  description?: string;
  body?: string;
  accessibility?: string;
}

export interface Merged {
  /** The most trusted member: its source and id name the entry. */
  primary: Located;
  members: Located[];
  shared: Partial<Record<(typeof sharedFieldNames)[number], unknown>>;
  texts: Partial<Record<Locale, MergedTexts>>;
  /** Which source each field came from ("title.de" for texts). */
  fields: Record<string, string>;
  notes: string[];
}

/** One entry's fields from a group of the same event, the most trusted source first for each field. */
export function mergeGroup(group: Located[]): Merged {
  const members = [...group].sort(byTrust);
  const shared: Merged['shared'] = {};
  const fields: Record<string, string> = {};
  const location = (e: Located) => {
    if (e.venue || !e.venueName) return undefined;
    // Only a complete Dortmund address goes into the entry (addressSchema); otherwise the name alone.
    const street = e.address?.street?.trim();
    const postalCode = e.address?.postalCode?.trim();
    const address = street && street.length >= 3 && postalCode && postalCodePattern.test(postalCode) ? { street, postalCode } : undefined;
    return address ? { name: e.venueName, address } : { name: e.venueName };
  };
  for (const name of sharedFieldNames) {
    for (const e of members) {
      const value = name === 'location' ? location(e) : (e as unknown as Record<string, unknown>)[name];
      if (value !== undefined && value !== null) {
        shared[name] = value;
        fields[name] = e.source;
        break;
      }
    }
  }
  if (shared.venue) delete shared.location;
  if (shared.venue && fields.location) delete fields.location;
  const texts: Merged['texts'] = {};
  for (const e of members) {
    if (texts[e.lang]) continue;
    texts[e.lang] = { title: e.title, description: e.description, body: e.body, accessibility: e.accessibility };
    for (const name of textFieldNames) if ((e as unknown as Record<string, unknown>)[name] !== undefined) fields[`${name}.${e.lang}`] = e.source;
  }
  const notes = members.flatMap((e) => e.notes.map((n) => (members.length > 1 ? `${e.source}: ${n}` : n)));
  if (shared.price === undefined) notes.push('no source says what admission costs: the entry says "not free"; check the price with the organiser');
  const statuses = new Set(members.map((e) => e.status));
  if (statuses.size > 1) notes.push(`sources disagree on the status (${members.map((e) => `${e.source}: ${e.status}`).join(', ')}); ${members[0].source} was taken`);
  const starts = new Set(members.map((e) => e.start));
  if (starts.size > 1) notes.push(`sources disagree on the start (${members.map((e) => `${e.source}: ${e.start}`).join(', ')}); ${members[0].source} was taken`);
  return { primary: members[0], members, shared, texts, fields, notes };
}

/** A key for a new entry: the title's slug and the first day, e.g. "orgelkonzert-2026-12-12". */
export function newKey(title: string, start: string, taken: (key: string) => boolean): string {
  const words = title
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) if ((slug ? `${slug}-${w}` : w).length <= 60) slug = slug ? `${slug}-${w}` : w;
  slug ||= 'veranstaltung';
  const base = `${slug}-${start.slice(0, 10)}`.replace(/-+/g, '-');
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}
