import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, calendarDate, sourcesField } from './base';
import { newsKinds, pillars } from './enums';
import { imageSchema } from './image';

/** The fields except the image, built once (see `placeFields` in ./place.ts). */
const newsFields = {
  ...baseFields,
  sources: sourcesField,
  /** Publication date. */
  date: calendarDate,
  kind: z.enum(newsKinds, { error: `must be one of: ${newsKinds.join(', ')}` }),
  pillar: z.enum(pillars, { error: `must be one of: ${pillars.join(', ')}` }),
  /**
   * Who answers questions about it: a role and its public channels, no private data. Without an
   * e-mail address or phone number the page links the contact page instead.
   */
  contact: z.object({
    name: z.string().min(3),
    email: z.email({ error: 'must be an e-mail address' }).optional(),
    phone: z.string().optional(),
  }),
};

/** A news item or press release of the office. */
export const newsSchema = (ctx: SchemaContext) => z.object({ ...newsFields, image: imageSchema(ctx).optional() });

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
