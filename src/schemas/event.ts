import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { eventCategories, eventStatuses, pillars } from './enums';
import { imageSchema } from './image';
import { checkImport, importFields } from './eventImport';
import { recurrenceProblems } from '../lib/recurrence';
import { addressSchema } from './place';

import { localDateTimePattern } from '../lib/eventRules';

/**
 * A local date and time in Dortmund (Europe/Berlin), written as "2026-04-30 20:00", or a date alone
 * ("2026-04-30") for all-day events. Stored as "2026-04-30T20:00" or "2026-04-30".
 * Must be quoted in YAML: an unquoted timestamp would be read as UTC.
 */
export const localDateTime = z
  .string({
    error: 'must be a local time in quotes, e.g. "2026-04-30 20:00", or a date in quotes, e.g. "2026-04-30"',
  })
  .regex(localDateTimePattern, {
    error: 'must look like "2026-04-30 20:00" (local time in Dortmund) or "2026-04-30" (all day)',
  })
  .transform((s) => s.replace(' ', 'T'));

const statusField = z.enum(eventStatuses, { error: `must be one of: ${eventStatuses.join(', ')}` });

/** One occurrence of a series that differs from the rule (RFC 5545 RECURRENCE-ID override). */
const exceptionSchema = z.strictObject({
  /** Original start of the occurrence, as the rule produces it. */
  date: localDateTime,
  status: statusField.default('scheduled'),
  /** New start, for a moved occurrence or one at another time. */
  start: localDateTime.optional(),
  end: localDateTime.optional(),
  /** Short note in the file's language, e.g. "Heiligabend nur bis 14 Uhr". */
  note: z.string().min(3).max(160).optional(),
});

/**
 * A series: RFC 5545 recurrence of the entry's start (DTSTART). `start` and `end` are the first
 * occurrence; its length applies to every occurrence. Checked in `checkEvent` against the rule.
 */
const recurrenceSchema = z.strictObject({
  /** RRULE value without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271218". */
  rule: z.string({ error: 'must be an RRULE value in quotes, e.g. "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271218"' }).min(6),
  /** RDATE: extra occurrences, local time. */
  dates: z.array(localDateTime).optional(),
  /** EXDATE: occurrences that do not take place (silently absent). */
  except: z.array(localDateTime).optional(),
  exceptions: z.array(exceptionSchema).optional(),
});

/** The fields of an event except its image, built once (see `placeFields` in ./place.ts). */
const eventFields = {
  ...baseFields,
  sources: sourcesField,
  /** Start, local time in Dortmund. */
  start: localDateTime,
  /** End, local time in Dortmund. For all-day events the last day. */
  end: localDateTime.optional(),
  /** Key of a place entry (content/places), e.g. "westfalenhallen". */
  venue: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Address when the venue is not a place entry. */
  location: z.object({ name: z.string().min(2), address: addressSchema.optional() }).optional(),
  category: z.enum(eventCategories, {
    error: `must be one of: ${eventCategories.join(', ')}`,
  }),
  pillar: z.enum(pillars, { error: `must be one of: ${pillars.join(', ')}` }),
  /** Admission. Say free: true only when entry is free for everyone. */
  price: z.object({ free: z.boolean(), summary: z.string().min(3).optional() }),
  /** Accessibility facts for this event. */
  accessibility: z.string().min(5).optional(),
  organiser: z.object({ name: z.string().min(2), url: z.url().optional() }),
  /** scheduled, tentative (follows a published rule, not confirmed yet), cancelled or moved. */
  status: statusField.default('scheduled'),
  /** Makes the entry a series of dated occurrences. */
  recurrence: recurrenceSchema.optional(),
  /** Key of the festival or series this date belongs to (content/festivals), if any. */
  series: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Official page of the event. */
  website: z.url().optional(),
  /** Feed import: origin and review state (./eventImport.ts). */
  ...importFields,
};

/** Rules across fields: a venue or a location, an end after the start in the same form, a series that expands. */
function checkEvent(
  event: { venue?: string; location?: unknown; start: string; end?: string; status?: string; recurrence?: z.infer<typeof recurrenceSchema> },
  ctx2: z.RefinementCtx,
) {
  if (event.recurrence) {
    for (const problem of recurrenceProblems(event.start, event.recurrence)) ctx2.addIssue({ code: 'custom', ...problem });
    // A series that only follows a rule cannot confirm one of its dates by an exception.
    if (event.status === 'tentative') {
      for (const [i, x] of (event.recurrence.exceptions ?? []).entries()) {
        if (x.status === 'scheduled') {
          ctx2.addIssue({
            code: 'custom',
            path: ['recurrence', 'exceptions', i, 'status'],
            message: 'the series is tentative, so one of its dates cannot be scheduled: use tentative (another time), moved or cancelled, or confirm the whole series',
          });
        }
      }
    }
  }
  if (!event.venue && !event.location) {
    ctx2.addIssue({
      code: 'custom',
      path: ['venue'],
      message: 'name a venue (a place key) or a location',
    });
  }
  // Cross-field rules only make sense once both times are well-formed.
  if (!event.end || !localDateTimePattern.test(event.start) || !localDateTimePattern.test(event.end)) return;
  if (event.end.length !== event.start.length) {
    ctx2.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'must have the same form as start: both with a time or both dates only',
    });
  } else if (event.end < event.start) {
    ctx2.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'end must be after start',
    });
  }
}

/** An event in the calendar. Times are always local to Dortmund (Europe/Berlin). */
export const eventSchema = (ctx: SchemaContext) =>
  z
    .object({ ...eventFields, image: imageSchema(ctx).optional() })
    .superRefine(checkEvent)
    .superRefine(checkImport);

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
