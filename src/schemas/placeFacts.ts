/**
 * The practical facts of a place as data: opening hours, admission and access. Each block says when it
 * was checked ("Stand", `asOf`) and where (`source`, an address that is also listed in the entry's
 * `sources`). The fields are the same in the German and the English file; only the labels and notes
 * are written in the file's language.
 */
import { z } from 'astro/zod';
import { calendarDate } from './base';
import { accessNeeds, weekdays } from './enums';

/** One or more time ranges of a day, "10:00-18:00" or "10:00-13:00, 14:00-17:00"; or `closed`. */
const timeRange = String.raw`(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)`;
export const dayHoursPattern = new RegExp(`^${timeRange}(?:, ?${timeRange})*$`);

const dayHoursMessage = 'must be "closed" or times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")';
const dayHours = z.union([z.literal('closed'), z.string().regex(dayHoursPattern, { error: dayHoursMessage })], { error: dayHoursMessage });

/** A week: every day written out, so that a forgotten day is an error, not a silent "closed". */
const week = z.strictObject(
  Object.fromEntries(
    weekdays.map((d) => [
      d,
      z.union([z.literal('closed'), z.string().regex(dayHoursPattern, { error: dayHoursMessage })], {
        error: (issue) => (issue.input === undefined ? `is missing: write the hours of every day (${weekdays.join(', ')}), "closed" where closed` : dayHoursMessage),
      }),
    ]),
  ) as Record<(typeof weekdays)[number], typeof dayHours>,
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown day ${issue.keys.map((k) => `"${k}"`).join(', ')}: the days are ${weekdays.join(', ')}` : undefined) },
);

/** A day of the year without the year, "MM-DD": 04-01 is 1 April. */
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  error: 'must be a day of the year written as MM-DD, for example 04-01 for 1 April',
});

/** Where and when a block of facts was checked. */
const checked = {
  /** Date of the source, or the day it was read ("Stand"). */
  asOf: calendarDate,
  /** Address of the source; it must also be listed in the entry's `sources`. */
  source: z.url({ error: 'must be the full web address of the source (also listed under sources)' }),
};

/** Public holidays in North Rhine-Westphalia: what the place does on them. */
export const holidayRules = ['closed', 'as-sunday', 'regular'] as const;

export const hoursSchema = z
  .strictObject(
    {
      /** Open day and night, every day (squares, most parks). Nothing else is then needed but the source. */
      always: z.literal(true, { error: 'write always: true, or leave it out and give week or seasons' }).optional(),
      /** The same hours all year. */
      week: week.optional(),
      /** Hours that change with the season; outside every season the place is closed. */
      seasons: z
        .array(
          z.strictObject({
            /** Name of the season in the file's language, e.g. "Sommer (April bis Oktober)". */
            label: z.string({ error: 'is missing: name the season, e.g. "Sommer (April bis Oktober)"' }).min(3),
            /** First day of the season, MM-DD. */
            from: monthDay,
            /** Last day of the season, MM-DD (may be earlier in the year than from: 11-01 to 03-31). */
            to: monthDay,
            week,
          }),
        )
        .min(1, { error: 'needs at least one season' })
        .optional(),
      /**
       * Open only on certain weekdays of each month, by a published rule ("every third Sunday of the
       * month"). The dates that follow from the rule are expected, not confirmed, and are shown so.
       */
      monthly: z
        .array(
          z.strictObject(
            {
              /** Which occurrence of the weekday in the month: 1 to 4, or -1 for the last. */
              nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], { error: 'must be 1, 2, 3, 4 or -1 (the last of the month)' }),
              day: z.enum(weekdays, { error: `must be one of: ${weekdays.join(', ')}` }),
              hours: z.string({ error: 'is missing: the hours of that day, like "11:00-17:00"' }).regex(dayHoursPattern, { error: 'must be times like "10:00-18:00" (several: "10:00-13:00, 14:00-17:00")' }),
            },
            { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: a monthly rule takes nth, day, hours` : undefined) },
          ),
        )
        .min(1, { error: 'needs at least one rule' })
        .optional(),
      /**
       * A venue without visiting hours that opens for its performances or matches, by a published rule:
       * "the house and the evening box office open one hour before each performance". The minutes
       * before the start; what opens is said in the note.
       */
      beforeEvents: z
        .number({ error: 'must be the minutes before each performance or event at which the venue opens, like 60' })
        .int({ error: 'must be whole minutes, like 60' })
        .min(5, { error: 'must be at least 5 minutes' })
        .max(360, { error: 'must be at most 360 minutes (6 hours)' })
        .optional(),
      /** Public holidays: closed, hours as on Sundays, or the hours of that weekday. */
      holidays: z.enum(holidayRules, { error: `must be one of: ${holidayRules.join(', ')}` }).optional(),
      /** Days closed every year, MM-DD (24 and 31 December …). */
      closedOn: z.array(monthDay).optional(),
      /** Dated exceptions: a single day or a period with other hours or closed. */
      exceptions: z
        .array(
          z.strictObject({
            from: calendarDate,
            /** Last day of the exception; leave out for a single day. */
            to: calendarDate.optional(),
            hours: dayHours,
            /** Why, in the file's language ("Heiligabend", "Umbau"). */
            note: z.string().min(3).optional(),
          }),
        )
        .optional(),
      /** One sentence in the file's language, e.g. on the last admission. */
      note: z.string().min(5).optional(),
      ...checked,
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: hours take always, week, seasons, monthly or beforeEvents, holidays, closedOn, exceptions, note, asOf, source` : undefined) },
  )
  .superRefine((h, ctx) => {
    const given = (['always', 'week', 'seasons', 'monthly', 'beforeEvents'] as const).filter((k) => h[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: given.length ? [given[1]] : [],
        message: given.length ? `give only one of always, week, seasons, monthly or beforeEvents (found ${given.join(' and ')})` : 'give always: true, a week, seasons, monthly or beforeEvents',
      });
    }
    if (h.beforeEvents !== undefined && !h.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'is missing: with beforeEvents, say in one sentence what opens (house, box office, doors) and for which events' });
    }
    for (const [i, e] of (h.exceptions ?? []).entries()) {
      if (e.to && e.to < e.from) ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'to'], message: 'must not be before from' });
    }
  });

export const admissionSchema = z
  .strictObject(
    {
      /** true only when entry is free for everyone, always. */
      free: z.boolean({ error: 'is missing: write free: true when entry is free for everyone, else free: false and the prices' }),
      /** Main prices in euros, each with who pays it, in the file's language. */
      prices: z
        .array(
          z.strictObject({
            label: z.string({ error: 'is missing: who pays this price, e.g. "Erwachsene"' }).min(3),
            eur: z.number({ error: 'must be the price in euros as a number, e.g. 8 or 4.5' }).nonnegative(),
          }),
        )
        .optional(),
      /** Who pays less and how much, in words. */
      reductions: z.string().min(5).optional(),
      /** Free days or groups that enter free ("Kinder bis 17 Jahre", "jeden ersten Freitag im Monat"). */
      freeEntry: z.string().min(5).optional(),
      /** Anything else a visitor must know (tickets online only, guided tours extra). */
      note: z.string().min(5).optional(),
      ...checked,
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: admission takes free, prices, reductions, freeEntry, note, asOf, source` : undefined) },
  )
  .superRefine((a, ctx) => {
    if (!a.free && !a.prices?.length) ctx.addIssue({ code: 'custom', path: ['prices'], message: 'list the main prices when free is false' });
    if (a.free && a.prices?.length) ctx.addIssue({ code: 'custom', path: ['prices'], message: 'a place with free: true has no prices; describe extras (tours) in note' });
  });

/** yes, no, or partly (some entrances, some floors). Leave a fact out when the source does not say. */
const yesNoPartly = z.union([z.boolean(), z.literal('partly')], { error: 'must be true, false or partly' });
const yesNo = z.boolean({ error: 'must be true or false' });

export const accessSchema = z.strictObject(
  {
    /** An entrance without steps (level, ramp or lift). */
    stepFree: yesNoPartly.optional(),
    /** Lifts to the floors open to visitors; not-needed where everything is on one level. */
    lift: z.union([z.boolean(), z.literal('partly'), z.literal('not-needed')], { error: 'must be true, false, partly or not-needed' }).optional(),
    /** A toilet for wheelchair users. */
    toilet: yesNo.optional(),
    /** An induction loop (Induktionsschleife) for hearing aids. */
    hearingLoop: yesNo.optional(),
    /** Offers for blind and partially sighted visitors: tactile guidance or objects, audio description, tours for them. */
    tactile: yesNo.optional(),
    /** Tours or media in German Sign Language. */
    signLanguage: yesNo.optional(),
    /** Offers for people with learning difficulties: Leichte Sprache, picture guides, tours for them. */
    easyLanguage: yesNo.optional(),
    /** Parking spaces for disabled visitors at the place. */
    parking: yesNo.optional(),
    /** The "Reisen für Alle" certificate, where the place holds one. */
    certificate: z
      .strictObject({
        /** Needs the certificate rates "barrierefrei" (fully accessible). */
        full: z.array(z.enum(accessNeeds, { error: `must be one of: ${accessNeeds.join(', ')}` })).default([]),
        /** Needs it rates "teilweise barrierefrei" (partly accessible). */
        partly: z.array(z.enum(accessNeeds, { error: `must be one of: ${accessNeeds.join(', ')}` })).default([]),
        /** Last day the certificate is valid. */
        validUntil: calendarDate,
        /** The published test report. */
        report: z.url({ error: 'must be the full web address of the test report' }),
      })
      .optional(),
    ...checked,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: access takes stepFree, lift, toilet, hearingLoop, tactile, signLanguage, easyLanguage, parking, certificate, asOf, source` : undefined) },
);

export type Hours = z.infer<typeof hoursSchema>;
export type Admission = z.infer<typeof admissionSchema>;
export type Access = z.infer<typeof accessSchema>;
