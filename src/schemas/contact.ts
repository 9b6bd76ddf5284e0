import { z } from 'astro/zod';
import { calendarDate, localizedText, sourceSchema } from './base';
import { owners } from './enums';

/** Topics of the business contact finder. */
export const contactTopics = ['settle', 'sites', 'startup', 'skilled-workers', 'press'] as const;
export type ContactTopic = (typeof contactTopics)[number];

const localized = localizedText();

/**
 * A public contact point for business enquiries: an office or organisation with its public
 * channels. Never a private person: names of people are not published here.
 */
export const contactSchema = z.object({
  /** Name of the office or organisation in both languages. */
  name: localized,
  /** What it helps with, one or two sentences in both languages. */
  description: localized,
  /** Topics it answers; the finder shows it under each. */
  topics: z.array(z.enum(contactTopics, { error: `must be one of: ${contactTopics.join(', ')}` })).min(1),
  /** Postal address, if published. */
  address: z.object({ street: z.string().min(3), postalCode: z.string().regex(/^\d{5}$/), locality: z.string().min(2) }).optional(),
  /** Public phone number as published, e.g. "+49 231 50-0". */
  phone: z.string().regex(/^\+49[\d\s-]+$/, { error: 'write it in international form, e.g. "+49 231 50-0"' }).optional(),
  /** Public e-mail address of the office (no personal addresses). */
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  /** Official website. */
  website: z.url({ error: 'must be a full web address' }),
  owner: z.enum(owners),
  reviewed: calendarDate,
  sources: z.array(sourceSchema).min(1, { error: 'needs at least one source' }),
});

export type ContactData = z.infer<typeof contactSchema>;
