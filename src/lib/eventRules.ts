/**
 * Rules for an event's fields that the content schema (src/schemas/base.ts, src/schemas/event.ts),
 * the feed importer (scripts/import) and the partners' form (src/islands/EventSubmitForm.tsx) share.
 * Plain functions without Zod, so the form can check entries in the browser without shipping the
 * schema library; a test holds the schema and these rules together (eventRules.test.ts).
 */
import { eventCategories, pillars, type EventCategory, type Pillar } from '../schemas/enums';

/** Lengths of the text fields every entry has (baseFields in src/schemas/base.ts). */
export const textLimits = {
  title: { min: 3, max: 90 },
  description: { min: 40, max: 200 },
} as const;

/** "2026-04-30 20:00" or "2026-04-30" (all day), local time in Dortmund. */
export const localDateTimePattern = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?$/;

/** Dortmund postal codes (addressSchema in src/schemas/place.ts). */
export const postalCodePattern = /^44\d{3}$/;

/** A submitted event as the form collects it (all strings, as typed). */
export interface Submission {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  street: string;
  postalCode: string;
  category: string;
  pillar: string;
  free: boolean;
  price: string;
  organiser: string;
  organiserEmail: string;
  website: string;
  accessibility: string;
  language: string;
  /** The sender may pass the data on and agrees to its publication. */
  consent: boolean;
}

/** A problem with one field: the field's name and a message key of src/i18n (submit.error.*). */
export interface FieldProblem {
  field: keyof Submission;
  /** Key below "submit.error." in de.json / en.json. */
  code: string;
}

/** Whether a "YYYY-MM-DD" date exists in the calendar. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether an "HH:mm" time of day is valid. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Problem with an end relative to its start (both local, same form), as checkEvent in the schema reports it. */
export function endProblem(start: string, end: string | undefined): 'endForm' | 'endBeforeStart' | undefined {
  if (!end) return undefined;
  if (end.length !== start.length) return 'endForm';
  if (end.replace(' ', 'T') < start.replace(' ', 'T')) return 'endBeforeStart';
  return undefined;
}

/** Whether a text is a full http(s) web address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Local start and end of a submission in the content files' form ("2026-04-30 20:00" or "2026-04-30"). */
export function submissionTimes(s: Submission): { start: string; end?: string } {
  const start = s.startTime ? `${s.startDate} ${s.startTime}` : s.startDate;
  if (!s.endDate && !s.endTime) return { start };
  const endDate = s.endDate || s.startDate;
  return { start, end: s.startTime ? `${endDate} ${s.endTime || s.startTime}` : endDate };
}

/** Every problem of a submission, in the order of the form's fields. */
export function checkSubmission(s: Submission): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: keyof Submission, code: string) => problems.push({ field, code });
  const title = s.title.trim();
  if (title.length < textLimits.title.min) add('title', 'titleShort');
  else if (title.length > textLimits.title.max) add('title', 'titleLong');
  const description = s.description.trim();
  if (description.length < textLimits.description.min) add('description', 'descriptionShort');
  else if (description.length > textLimits.description.max) add('description', 'descriptionLong');
  if (!isRealDate(s.startDate)) add('startDate', 'date');
  if (s.startTime && !isTime(s.startTime)) add('startTime', 'time');
  if (s.endDate && !isRealDate(s.endDate)) add('endDate', 'date');
  if (s.endTime && !isTime(s.endTime)) add('endTime', 'time');
  if (s.endTime && !s.startTime) add('startTime', 'timeBoth');
  if (isRealDate(s.startDate) && (!s.endDate || isRealDate(s.endDate)) && !problems.some((p) => p.field === 'endTime' || p.field === 'startTime')) {
    const { start, end } = submissionTimes(s);
    const problem = endProblem(start, end);
    if (problem) add(s.endDate && s.endDate < s.startDate ? 'endDate' : 'endTime', problem);
  }
  if (s.venue.trim().length < 2) add('venue', 'venue');
  if (s.street.trim() && s.street.trim().length < 3) add('street', 'street');
  if (s.postalCode.trim() && !postalCodePattern.test(s.postalCode.trim())) add('postalCode', 'postalCode');
  if (!(eventCategories as readonly string[]).includes(s.category)) add('category', 'category');
  if (!(pillars as readonly string[]).includes(s.pillar)) add('pillar', 'pillar');
  if (!s.free && s.price.trim().length < 3) add('price', 'price');
  if (s.organiser.trim().length < 2) add('organiser', 'organiser');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.organiserEmail.trim())) add('organiserEmail', 'email');
  // The web address is the entry's source (every entry names one), so it is required.
  if (!s.website.trim()) add('website', 'websiteMissing');
  else if (!isWebAddress(s.website.trim())) add('website', 'website');
  if (s.accessibility.trim() && s.accessibility.trim().length < 5) add('accessibility', 'accessibility');
  if (s.language !== 'de' && s.language !== 'en') add('language', 'language');
  if (!s.consent) add('consent', 'consent');
  return problems;
}

export type { EventCategory, Pillar };
