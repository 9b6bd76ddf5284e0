/**
 * The declared list of event sources (content/sources/event-feeds.yaml), checked with Zod: each
 * source's name, format, address or local file, licence and attribution, defaults for category,
 * section and venue, the team that reviews it, and how far it is trusted.
 */
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { eventCategories, owners, pillars } from '../../src/schemas/enums';
import { importLanguages } from './model';

/** How far a source is trusted; on conflicting fields the higher one wins (editorial > partner > aggregator). */
export const trustLevels = ['editorial', 'partner', 'aggregator'] as const;
export type Trust = (typeof trustLevels)[number];
export const trustRank: Record<Trust, number> = { editorial: 3, partner: 2, aggregator: 1 };

export const sourceSchema = z
  .strictObject({
    /** Short id, used in keys, the crosswalk and origin fields. */
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'may only contain a–z, 0–9 and single hyphens' }),
    /** Name of the publisher as credited on the portal. */
    title: z.string().min(3),
    format: z.enum(['ics', 'jsonld', 'csv'], { error: 'must be one of: ics, jsonld, csv' }),
    /** Address of the feed (fetched by the nightly job only; never by the build). */
    url: z.url({ error: 'must be a full web address starting with https://' }).optional(),
    /** A local file or folder (all files of the format in it), relative to the repository. */
    file: z.string().min(1).optional(),
    /** Language of the feed's texts when an event does not say. */
    language: z.enum(importLanguages),
    licence: z.string({ error: 'is missing: under which terms may the portal show these events?' }).min(2),
    attribution: z.strictObject({ name: z.string().min(2), url: z.url({ error: 'must be a full web address starting with https://' }) }),
    defaults: z.strictObject({
      category: z.enum(eventCategories, { error: `must be one of: ${eventCategories.join(', ')}` }).optional(),
      pillar: z.enum(pillars, { error: `must be one of: ${pillars.join(', ')}` }),
      /** Key of a place (content/places), used when an event names no venue. */
      venue: z.string().regex(/^[a-z0-9-]+$/).optional(),
      owner: z.enum(owners, { error: `must be one of: ${owners.join(', ')}` }),
      organiser: z.strictObject({ name: z.string().min(2), url: z.url().optional() }).optional(),
    }),
    trust: z.enum(trustLevels, { error: `must be one of: ${trustLevels.join(', ')}` }),
    limits: z
      .strictObject({
        maxBytes: z.number().int().positive().optional(),
        maxEvents: z.number().int().positive().optional(),
        timeoutSeconds: z.number().positive().max(120).optional(),
      })
      .optional(),
  })
  .refine((s) => Boolean(s.url) !== Boolean(s.file), { error: 'give either url or file', path: ['url'] });

export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  /** Other names of our places as feeds write them: alias → place key. */
  venueAliases: z.record(z.string(), z.string().regex(/^[a-z0-9-]+$/)).default({}),
  sources: z.array(sourceSchema),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** Default limits for any source. */
export const defaultLimits = { maxBytes: 5_000_000, maxEvents: 2000, timeoutSeconds: 30 };

/** The sources file, or an error naming the file and each wrong field. */
export function readSources(text: string, file: string): SourcesFile {
  const data = yaml.load(text);
  const result = sourcesFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${file} is not a valid list of event sources:\n- ${problems.join('\n- ')}`);
  }
  const names = new Set<string>();
  for (const s of result.data.sources) {
    if (names.has(s.name)) throw new Error(`${file}: source name "${s.name}" is used twice`);
    names.add(s.name);
  }
  return result.data;
}
