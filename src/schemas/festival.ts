import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { imageSchema } from './image';

/** The fields except the image, built once (see `placeFields` in ./place.ts). */
const festivalFields = {
  ...baseFields,
  sources: sourcesField,
  /** When it usually takes place, in words, e.g. "am 30. April" or "am letzten Samstag im Juni". */
  usually: z.string().min(5),
  /** Key of the main venue (content/places), if it has one. */
  venue: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  organiser: z.object({ name: z.string().min(2), url: z.url().optional() }),
  website: z.url().optional(),
};

/**
 * A festival or recurring cultural highlight. Its dates live in the events collection: each event of
 * the series names this festival's key in its `series` field, and the festival page lists them.
 */
export const festivalSchema = (ctx: SchemaContext) => z.object({ ...festivalFields, image: imageSchema(ctx).optional() });

export type FestivalData = z.infer<ReturnType<typeof festivalSchema>>;
