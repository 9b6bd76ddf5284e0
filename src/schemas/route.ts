import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { imageSchema } from './image';

export const routeModes = ['walk', 'bike', 'transit', 'mixed'] as const;

/** The fields except the image, built once (see `placeFields` in ./place.ts). */
const routeFields = {
  ...baseFields,
  sources: sourcesField,
  /** Theme in a few words, e.g. "Industriekultur". */
  theme: z.string().min(3),
  /** How the route is travelled. */
  mode: z.enum(routeModes, {
    error: `must be one of: ${routeModes.join(', ')}`,
  }),
  /** Suggested total time including visits, in minutes. */
  durationMinutes: z.number().int().positive(),
  /** Stops in order. Each names a place key and how to get from the previous stop. */
  stops: z
    .array(
      z.object({
        /** Key of a place in content/places. */
        place: z.string().regex(/^[a-z0-9-]+$/),
        /** How to get here from the previous stop (leave out for the first stop). */
        getThere: z.string().min(5).optional(),
        /** What to do or see at this stop. */
        note: z.string().min(5),
      }),
    )
    .min(2, { error: 'a route needs at least two stops' }),
  /** Step-free access, distances on foot, toilets, rest points. */
  accessibility: z.string().min(10),
};

/**
 * A themed route or day plan through real places, in order. The distance is not typed in: the site
 * computes it from the places' coordinates (as the crow flies), so it cannot drift from the stops.
 */
export const routeSchema = (ctx: SchemaContext) => z.object({ ...routeFields, image: imageSchema(ctx).optional() });

export type RouteData = z.infer<ReturnType<typeof routeSchema>>;
