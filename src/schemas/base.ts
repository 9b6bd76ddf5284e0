import { z } from 'astro/zod';
import { owners } from './enums';
import { languages, type Locale } from '../i18n/languages';

/**
 * A text given in each language inside one data file (figures, contacts): required in every complete
 * language of the registry, optional in partial ones (readers of those see the fallback's text).
 */
export function localizedText(min = 2) {
  return z.object(
    Object.fromEntries(languages.map((l) => [l.code, l.complete ? z.string().min(min) : z.string().min(min).optional()])),
  ) as unknown as z.ZodType<Record<Locale, string>>;
}

/** The same with empty strings allowed (units), empty in every language by default. */
export function localizedUnit() {
  return z
    .object(Object.fromEntries(languages.map((l) => [l.code, l.complete ? z.string() : z.string().optional()])))
    .default(Object.fromEntries(languages.map((l) => [l.code, '']))) as unknown as z.ZodType<Record<Locale, string>>;
}

/**
 * A calendar date. YAML turns an unquoted `2025-10-14` into a Date already; a quoted one arrives as a
 * string. Both become a Date at midnight UTC, which is only ever shown as a date, never as a time.
 */
export const calendarDate = z.coerce.date({
  error: 'must be a date written as YYYY-MM-DD, for example 2025-10-14',
});

/** A source for the facts in an entry: what it is, where it is, and when it was seen or published. */
export const sourceSchema = z.object({
  /** Title of the source as a reader would cite it. */
  title: z.string({ error: 'every source needs a title' }).min(3),
  /** Address of the source. */
  url: z.url({ error: 'must be a full web address starting with https://' }),
  /** Date of the source (publication or the day it was read). */
  date: calendarDate.optional(),
});

/** Fields every editorial entry has, in either language. */
export const baseFields = {
  /**
   * Shared key of the German and the English version of the same entry. Both files carry the same
   * key; their file names (the URL slugs) differ.
   */
  key: z
    .string({ error: 'is missing: both language versions need the same key, e.g. "zeche-zollern"' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'may only contain a–z, 0–9 and single hyphens, e.g. "zeche-zollern"',
    }),
  /** Title as shown in the h1 and in the browser tab. */
  title: z
    .string({ error: 'is missing' })
    .min(3, { error: 'is too short (at least 3 characters)' })
    .max(90, { error: 'is too long (at most 90 characters)' }),
  /** One or two sentences for teasers, search results and the meta description. */
  description: z
    .string({ error: 'is missing: write one or two sentences for teasers and search engines' })
    .min(40, { error: 'is too short: write at least 40 characters' })
    .max(200, { error: 'is too long: keep it under 200 characters so search engines show it whole' }),
  /** Team that owns the entry and answers for it. */
  owner: z.enum(owners, { error: `must be one of: ${owners.join(', ')}` }),
  /** Date of the last editorial review of the facts in the entry. */
  reviewed: calendarDate,
  /** Drafts are validated but not published. */
  draft: z.boolean().default(false),
  /**
   * Only when the other language version does not exist: why not. The page then says so and links
   * the other language's overview.
   */
  translationNote: z.string().min(10).optional(),
};

/** Sources are required on every entry that states facts. */
export const sourcesField = z
  .array(sourceSchema, { error: 'is missing: list where the facts come from' })
  .min(1, { error: 'needs at least one source' });

export const baseSchema = z.object({ ...baseFields, sources: sourcesField });
