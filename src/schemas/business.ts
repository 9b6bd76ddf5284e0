import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { businessKinds } from './enums';
import { imageSchema } from './image';
import { coordinatesSchema } from './place';

/** The fields except the image, built once (see `placeFields` in ./place.ts). */
const businessFields = {
  ...baseFields,
  sources: sourcesField,
  kind: z.enum(businessKinds, {
    error: `must be one of: ${businessKinds.join(', ')}`,
  }),
  /** Keys of figures (content/figures) shown at the top of the page, in order. */
  figures: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Keys of places (content/places) that belong to the page. */
  places: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Where a site lies, for its map (sites and business parks). */
  coordinates: coordinatesSchema.optional(),
};

/** A page of the business pillar: a sector, science, a site, start-up help or a service. */
export const businessSchema = (ctx: SchemaContext) => z.object({ ...businessFields, image: imageSchema(ctx).optional() });

export type BusinessData = z.infer<ReturnType<typeof businessSchema>>;
