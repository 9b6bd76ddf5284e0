/**
 * The last step of every parser: raw fields of one event become a NormalizedEvent with plain-text
 * title and description, safe Markdown body, clean links and notes on everything that was changed.
 */
import { eventCategories, type EventCategory } from '../../src/schemas/enums';
import type { ImportLanguage as Locale } from './model';
import { textLimits } from '../../src/lib/eventRules';
import type { EventStatus, ImportedAddress, ImportedImage, NormalizedEvent, Recurrence } from './model';
import { cleanUrl, cut, plainText, safeMarkdown } from './sanitize';
import { instantOf, localFromInstant, localTimeExists } from './time';

/** Longest body kept from a feed, in characters; longer text is cut with a note. */
export const maxBodyLength = 6000;

export interface RawEvent {
  source: string;
  sourceId: string;
  position: string;
  lang: Locale;
  title?: string;
  /** Text or HTML. */
  description?: string;
  start?: string;
  end?: string;
  status?: EventStatus;
  recurrence?: Recurrence;
  venueName?: string;
  address?: ImportedAddress;
  geo?: { lat: number; lon: number };
  venueKey?: string;
  /** Words the source uses for the kind of event (CATEGORIES, @type, CSV column). */
  categoryWords?: string[];
  price?: { free: boolean; summary?: string };
  organiser?: { name?: string; url?: string };
  website?: string;
  image?: ImportedImage;
  accessibility?: string;
  notes?: string[];
}

/** Words (German and English, lower case, word starts) that name a calendar category. */
const categoryWords: [RegExp, EventCategory][] = [
  [/^(?:trade-fair|messe|fachmesse|trade ?fair|expo|businessevent)/, 'trade-fair'],
  [/^(?:festival)/, 'festival'],
  [/^(?:market|markt|weihnachtsmarkt|flohmarkt|saleevent|foodevent)/, 'market'],
  [/^(?:guided-tour|führung|fuehrung|stadtführung|rundgang|guided|tour\b)/, 'guided-tour'],
  [/^(?:exhibition|ausstellung|exhibitionevent|visualartsevent|museum)/, 'exhibition'],
  [/^(?:stage|bühne|buehne|theater|theatre|theaterevent|oper|opera|ballett|ballet|tanz|danceevent|comedy|comedyevent|kabarett|musical|lesung|literaryevent)/, 'stage'],
  [/^(?:music|musik|konzert|concert|musicevent|jazz|klassik|rock|pop)/, 'music'],
  [/^(?:sport|sportsevent|fußball|fussball|football|lauf|marathon)/, 'sport'],
  [/^(?:family|familie|kinder|children|childrensevent|kids)/, 'family'],
  [/^(?:night|nacht|party|club|rave)/, 'night'],
];

/** The category that the source's own words name, if any. */
export function categoryFrom(words: string[] | undefined): EventCategory | undefined {
  for (const raw of words ?? []) {
    const word = raw.trim().toLowerCase();
    if ((eventCategories as readonly string[]).includes(word)) return word as EventCategory;
    for (const [pattern, category] of categoryWords) if (pattern.test(word)) return category;
  }
  return undefined;
}

/** A NormalizedEvent, or the reason why the raw event cannot become one. */
export function normalize(raw: RawEvent): NormalizedEvent | { reason: string } {
  const notes = [...(raw.notes ?? [])];
  let title = plainText(raw.title);
  if (title.length < textLimits.title.min) return { reason: 'has no title' };
  const [cutTitle, titleCut] = cut(title, textLimits.title.max);
  if (titleCut) notes.push(`title cut to ${textLimits.title.max} characters (was ${title.length})`);
  title = cutTitle;
  if (!raw.start) return { reason: 'has no start date' };
  // A time in the hour skipped when clocks go forward happens an hour later, as clocks show it.
  for (const name of ['start', 'end'] as const) {
    const value = raw[name];
    if (value && !localTimeExists(value)) {
      raw[name] = localFromInstant(instantOf(value));
      notes.push(`${name} ${value} does not exist in Dortmund (clocks go forward that night); written as ${raw[name]}`);
    }
  }
  if (raw.end && raw.end.length === raw.start.length && raw.end < raw.start) {
    notes.push(`end ${raw.end} lay before the start and was dropped`);
    raw.end = undefined;
  }
  if (raw.end && raw.end.length !== raw.start.length) {
    raw.end = raw.start.length === 10 ? raw.end.slice(0, 10) : undefined;
  }
  const text = plainText(raw.description);
  let description: string | undefined;
  if (text) {
    const [d, wasCut] = cut(text, textLimits.description.max);
    if (wasCut) notes.push(`description cut to ${textLimits.description.max} characters (the full text is in the body)`);
    description = d;
  }
  let body = safeMarkdown(raw.description);
  if (body.length > maxBodyLength) {
    body = `${cut(body, maxBodyLength)[0]}`;
    notes.push(`body cut to ${maxBodyLength} characters`);
  }
  const website = cleanUrl(raw.website);
  if (raw.website && !website) {
    const scheme = /^\s*([a-z][a-z0-9+.-]{0,20}):/i.exec(raw.website)?.[1];
    notes.push(`web address dropped (${scheme ? `"${scheme.toLowerCase()}:" is not` : 'not'} a safe web address)`);
  }
  const organiserName = plainText(raw.organiser?.name);
  const image = raw.image ? { ...raw.image, url: cleanUrl(raw.image.url) ?? '' } : undefined;
  if (raw.image && !image?.url) notes.push('image address dropped (not a safe web address)');
  return {
    source: raw.source,
    sourceId: raw.sourceId,
    position: raw.position,
    lang: raw.lang,
    title,
    description,
    body: body || undefined,
    start: raw.start,
    end: raw.end,
    status: raw.status ?? 'scheduled',
    recurrence: raw.recurrence,
    venueName: plainText(raw.venueName) || undefined,
    address: raw.address,
    geo: raw.geo,
    venueKey: raw.venueKey,
    category: categoryFrom(raw.categoryWords),
    price: raw.price ? { free: raw.price.free, summary: plainText(raw.price.summary) || undefined } : undefined,
    organiser: organiserName.length >= 2 ? { name: organiserName, url: cleanUrl(raw.organiser?.url) } : undefined,
    website,
    image: image?.url ? { ...image, alt: plainText(image.alt) || undefined, credit: plainText(image.credit) || undefined } : undefined,
    accessibility: plainText(raw.accessibility) || undefined,
    notes,
  };
}
