/**
 * schema.org events in JSON-LD, from an HTML page (every <script type="application/ld+json">, found
 * with parse5) or a JSON file: Event and its subtypes, in arrays, @graph or an ItemList, with offers,
 * location (Place with PostalAddress and geo), organizer, image and eventSchedule (a Schedule becomes
 * an RRULE).
 */
import { parse } from 'parse5';
import { DateTime } from 'luxon';
import type { ImportProblem, ParseResult, Recurrence } from './model';
import { normalize, type RawEvent } from './normalize';
import type { ParseOptions } from './ics';
import { localFromIso, zone } from './time';

/** schema.org Event and its subtypes (https://schema.org/Event, "More specific Types"). */
export const eventTypes = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
  'MusicEvent', 'PublicationEvent', 'BroadcastEvent', 'OnDemandEvent', 'SaleEvent', 'ScreeningEvent',
  'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent',
]);

type Json = Record<string, unknown>;

const asArray = <T>(v: T | T[] | undefined | null): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const typesOf = (item: Json) => asArray(item['@type'] as string | string[]).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));
const enumName = (v: unknown) => str(v)?.replace(/^https?:\/\/schema\.org\//, '');

/** JSON texts of every JSON-LD script in an HTML page, with their line numbers. */
export function jsonLdBlocks(html: string): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  interface Node { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string; sourceCodeLocation?: { startLine: number } }
  const walk = (node: Node) => {
    if (node.nodeName === 'script' && node.attrs?.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'application/ld+json')) {
      blocks.push({ text: (node.childNodes ?? []).map((c) => c.value ?? '').join(''), line: node.sourceCodeLocation?.startLine ?? 0 });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return blocks;
}

/** Every item in a JSON-LD document that is an Event (arrays, @graph, ItemList elements). */
export function eventItems(doc: unknown): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6) return;
    for (const item of asArray(node)) {
      if (!item || typeof item !== 'object') continue;
      const obj = item as Json;
      if (typesOf(obj).some((t) => eventTypes.has(t))) found.push(obj);
      if (obj['@graph']) visit(obj['@graph'], depth + 1);
      for (const el of asArray(obj.itemListElement as unknown[])) visit((el as Json)?.item ?? el, depth + 1);
    }
  };
  visit(doc, 0);
  return found;
}

const weekdays: Record<string, string> = { Monday: 'MO', Tuesday: 'TU', Wednesday: 'WE', Thursday: 'TH', Friday: 'FR', Saturday: 'SA', Sunday: 'SU' };

/** A schema.org Schedule as the event model's recurrence, with the first occurrence's start and end. */
export function scheduleToRecurrence(schedule: Json, notes: string[]): { start: string; end?: string; recurrence?: Recurrence } | undefined {
  const startDate = str(schedule.startDate);
  if (!startDate) return undefined;
  const freq = /^P(\d+)([DWMY])$/.exec(str(schedule.repeatFrequency) ?? '');
  const startTime = str(schedule.startTime)?.slice(0, 5);
  const endTime = str(schedule.endTime)?.slice(0, 5);
  const days = asArray(schedule.byDay as string | string[]).map((d) => weekdays[enumName(d) ?? ''] ?? '').filter(Boolean);
  let first = DateTime.fromISO(startDate.slice(0, 10), { zone });
  if (!first.isValid) return undefined;
  if (days.length) {
    // The first occurrence is the first listed weekday on or after the schedule's start.
    for (let i = 0; i < 7 && !days.includes(Object.values(weekdays)[first.weekday - 1]); i++) first = first.plus({ days: 1 });
  }
  const day = first.toFormat('yyyy-MM-dd');
  const start = startTime ? `${day} ${startTime}` : day;
  const end = endTime && startTime ? `${day} ${endTime}` : undefined;
  if (!freq) return { start, end };
  const unit = { D: 'DAILY', W: 'WEEKLY', M: 'MONTHLY', Y: 'YEARLY' }[freq[2] as 'D' | 'W' | 'M' | 'Y'];
  const parts = [`FREQ=${unit}`];
  if (freq[1] !== '1') parts.push(`INTERVAL=${freq[1]}`);
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  const monthDays = asArray(schedule.byMonthDay as number | number[]).map(Number).filter((n) => n >= 1 && n <= 31);
  if (monthDays.length) parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
  const until = str(schedule.endDate);
  const count = Number(schedule.repeatCount);
  if (until) parts.push(`UNTIL=${until.slice(0, 10).replace(/-/g, '')}`);
  else if (count > 0) parts.push(`COUNT=${count}`);
  else notes.push('series without an end date: shown over the calendar window only');
  const except = asArray(schedule.exceptDate as string | string[])
    .map((d) => (startTime ? `${String(d).slice(0, 10)} ${startTime}` : String(d).slice(0, 10)));
  const recurrence: Recurrence = { rule: parts.join(';') };
  if (except.length) recurrence.except = except;
  return { start, end, recurrence };
}

function priceOf(item: Json, lang: 'de' | 'en'): RawEvent['price'] {
  if (item.isAccessibleForFree === true || item.isAccessibleForFree === 'true') return { free: true };
  const offers = asArray(item.offers as Json | Json[]);
  if (!offers.length) return undefined;
  const prices = offers
    .flatMap((o) => [o.price, o.lowPrice, o.highPrice])
    .map((p) => (typeof p === 'number' ? p : Number(String(p ?? '').replace(',', '.'))))
    .filter((p) => Number.isFinite(p) && String(p) !== '');
  const defined = offers.some((o) => o.price !== undefined || o.lowPrice !== undefined);
  if (defined && prices.length && prices.every((p) => p === 0)) return { free: true };
  const paid = prices.filter((p) => p > 0);
  if (!paid.length) return undefined;
  const fmt = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: str(offers[0].priceCurrency) ?? 'EUR' });
  const low = Math.min(...paid);
  const high = Math.max(...paid);
  const summary = low === high ? fmt.format(low) : lang === 'de' ? `${fmt.format(low)} bis ${fmt.format(high)}` : `${fmt.format(low)} to ${fmt.format(high)}`;
  return { free: false, summary };
}

function statusOf(item: Json): RawEvent['status'] {
  switch (enumName(item.eventStatus)) {
    case 'EventCancelled':
      return 'cancelled';
    case 'EventRescheduled':
    case 'EventPostponed':
      return 'moved';
    default:
      return 'scheduled';
  }
}

/** One schema.org Event as a raw event, or why it cannot be taken. */
export function itemToRaw(item: Json, options: ParseOptions, position: string): RawEvent | { reason: string } {
  const notes: string[] = [];
  const locations = asArray(item.location as Json | Json[] | string);
  const place = locations.find((l) => typeof l === 'string' || !typesOf(l as Json).includes('VirtualLocation')) as Json | string | undefined;
  if (!place && locations.length) return { reason: 'takes place online only (VirtualLocation)' };
  let start = str(item.startDate) ? localFromIso(str(item.startDate)!) : undefined;
  let end = str(item.endDate) ? localFromIso(str(item.endDate)!) : undefined;
  if (str(item.startDate) && !start) return { reason: `startDate "${str(item.startDate)}" is not an ISO 8601 date` };
  if (str(item.startDate) && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(str(item.startDate)!) && start?.includes(' ')) notes.push('startDate had no offset and was read as Europe/Berlin');
  let recurrence: Recurrence | undefined;
  const schedule = asArray(item.eventSchedule as Json | Json[])[0];
  if (schedule) {
    const s = scheduleToRecurrence(schedule, notes);
    if (s) {
      start = s.start;
      end = s.end ?? end;
      recurrence = s.recurrence;
    }
  }
  const address = typeof place === 'object' ? (place.address as Json | string | undefined) : undefined;
  const geo = typeof place === 'object' ? (place.geo as Json | undefined) : undefined;
  const image = asArray(item.image as Json | string | (Json | string)[])[0];
  const organizer = asArray(item.organizer as Json | Json[])[0];
  const lang = str(item.inLanguage)?.slice(0, 2).toLowerCase();
  return {
    source: options.source,
    sourceId: str(item['@id']) ?? str(item.url) ?? `${str(item.name)}|${str(item.startDate)}`,
    position,
    lang: lang === 'de' || lang === 'en' ? lang : options.lang,
    title: str(item.name),
    description: str(item.description),
    start,
    end,
    status: statusOf(item),
    recurrence,
    venueName: typeof place === 'string' ? place : str(place?.name),
    address:
      typeof address === 'object'
        ? { street: str(address.streetAddress), postalCode: str(address.postalCode), city: str(address.addressLocality) }
        : undefined,
    geo: geo && Number.isFinite(Number(geo.latitude)) ? { lat: Number(geo.latitude), lon: Number(geo.longitude) } : undefined,
    categoryWords: [...typesOf(item), ...asArray(item.keywords as string | string[]).flatMap((k) => String(k).split(','))],
    price: priceOf(item, options.lang),
    organiser: organizer ? { name: str(organizer.name), url: str(organizer.url) } : undefined,
    website: str(item.url),
    image: image
      ? typeof image === 'string'
        ? { url: image }
        : { url: str(image.contentUrl) ?? str(image.url) ?? '', alt: str(image.caption) ?? str(image.description), credit: str(image.creditText) ?? str((image.author as Json)?.name) ?? str((image.copyrightHolder as Json)?.name), licence: str(image.license) }
      : undefined,
    notes,
  };
}

export function parseJsonLd(text: string, options: ParseOptions & { html: boolean }): ParseResult {
  const rejected: ImportProblem[] = [];
  const docs: { doc: unknown; where: string }[] = [];
  const blocks = options.html ? jsonLdBlocks(text).map((b, i) => ({ ...b, where: `JSON-LD block ${i + 1} (line ${b.line})` })) : [{ text, line: 1, where: 'JSON' }];
  if (options.html && !blocks.length) rejected.push({ source: options.source, position: 'page', reason: 'no JSON-LD script on the page', whole: true });
  for (const block of blocks) {
    try {
      docs.push({ doc: JSON.parse(block.text), where: block.where });
    } catch (error) {
      const at = /\((line \d+ column \d+)\)/.exec((error as Error).message)?.[1];
      rejected.push({ source: options.source, position: at ? `${block.where}, ${at}` : block.where, reason: `JSON could not be parsed: ${(error as Error).message}`, whole: true });
    }
  }
  const items = docs.flatMap(({ doc, where }) => eventItems(doc).map((item, i) => ({ item, position: `${where}, event ${i + 1}` })));
  if (items.length > options.maxEvents) {
    return { events: [], rejected: [...rejected, { source: options.source, position: items[options.maxEvents].position, reason: `feed has ${items.length} events, more than the limit of ${options.maxEvents}; nothing was taken from it`, whole: true }] };
  }
  const events = [];
  for (const { item, position } of items) {
    try {
      const raw = itemToRaw(item, options, position);
      const result = 'reason' in raw ? raw : normalize(raw);
      if ('reason' in result) rejected.push({ source: options.source, position, reason: result.reason, title: str(item.name)?.slice(0, 90), start: str(item.startDate) });
      else events.push(result);
    } catch (error) {
      rejected.push({ source: options.source, position, reason: (error as Error).message, title: str(item.name)?.slice(0, 90) });
    }
  }
  return { events, rejected };
}
