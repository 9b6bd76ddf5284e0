/**
 * The one shape every parser produces (iCalendar, schema.org JSON-LD, CSV), matching the event model
 * of src/schemas/event.ts (doc: EVENT-MODEL): local Dortmund times written "YYYY-MM-DD HH:mm" or
 * "YYYY-MM-DD" for all-day events, a status, and an optional recurrence with exceptions.
 */
import type { EventCategory, Pillar } from '../../src/schemas/enums';

/**
 * Languages partner feeds arrive in and the importer writes: German and English. The site may have
 * more languages (src/i18n/languages.ts); imported events are listed there with their original text.
 */
export const importLanguages = ['de', 'en'] as const;
export type ImportLanguage = (typeof importLanguages)[number];
type Locale = ImportLanguage;

/** Status, exceptions and recurrence: the calendar's own types (src/lib/recurrence.ts), one definition. */
import type { EventStatus } from '../../src/schemas/enums';
import type { OccurrenceException, Recurrence } from '../../src/lib/recurrence';
export type { EventStatus, OccurrenceException, Recurrence };

export interface ImportedImage {
  url: string;
  alt?: string;
  credit?: string;
  licence?: string;
}

export interface ImportedAddress {
  street?: string;
  postalCode?: string;
  city?: string;
}

/** One event as read from one source, before it is matched to places and existing entries. */
export interface NormalizedEvent {
  /** Name of the source in content/sources/event-feeds.yaml. */
  source: string;
  /** The source's own id: iCalendar UID, schema.org @id or url, CSV id column. */
  sourceId: string;
  /** Where in the feed it was found ("VEVENT 3, line 41", "row 5"), for reports. */
  position: string;
  lang: Locale;
  title: string;
  description?: string;
  /** Safe Markdown (see sanitize.ts). */
  body?: string;
  start: string;
  end?: string;
  status: EventStatus;
  recurrence?: Recurrence;
  /** Venue as the source names it. */
  venueName?: string;
  address?: ImportedAddress;
  geo?: { lat: number; lon: number };
  /** A place key given directly by the source (CSV column "ort_id"). */
  venueKey?: string;
  category?: EventCategory;
  pillar?: Pillar;
  price?: { free: boolean; summary?: string };
  organiser?: { name: string; url?: string };
  website?: string;
  image?: ImportedImage;
  accessibility?: string;
  /** Things the importer changed or doubts, shown to the editor (cut text, converted times …). */
  notes: string[];
}

/** A problem with one event or a whole source. */
export interface ImportProblem {
  source: string;
  position: string;
  reason: string;
  title?: string;
  start?: string;
  /** The whole feed (or one of its blocks) could not be read: none of its events may be judged vanished. */
  whole?: boolean;
}

export interface ParseResult {
  events: NormalizedEvent[];
  /** Events (or the whole feed, position "feed") that could not be read. */
  rejected: ImportProblem[];
}
