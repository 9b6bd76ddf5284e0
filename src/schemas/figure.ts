import { z } from 'astro/zod';
import { calendarDate, localizedText, localizedUnit } from './base';
import { licences } from './enums';

const localized = localizedText();

/**
 * A number shown on the site. Every number lives in exactly one figure file, with its unit, reference
 * date, source and licence, and is rendered by the Figure component, never typed into a page by hand.
 */
export const figureSchema = z.object({
  /** What the number counts, in every complete language, e.g. "Einwohnerinnen und Einwohner". */
  label: localized,
  /** The number itself. */
  value: z.number({ error: 'must be a number without thousands separators, e.g. 614495' }),
  /** Unit after the number in every complete language; empty strings when the label says it all. */
  unit: localizedUnit(),
  /** Decimal places to show. */
  decimals: z.number().int().min(0).max(3).default(0),
  /** Reference date of the number ("Stand"). */
  date: calendarDate,
  /** Where the number comes from. */
  source: z.object({ title: z.string().min(3), url: z.url({ error: 'must be a full web address' }) }),
  /** Licence of the number as published by its source (facts are free; name the data licence where one exists). */
  licence: z.enum(licences, { error: `must be one of: ${licences.join(', ')}` }),
  /** A short note in every complete language where the number needs context. */
  note: localized.optional(),
});

export type FigureData = z.infer<typeof figureSchema>;
