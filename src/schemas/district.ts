import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { districts } from './enums';
import { imageSchema } from './image';
import { coordinatesSchema } from './place';

/** The fields except the image, built once (see `placeFields` in ./place.ts). */
const districtFields = {
  ...baseFields,
  sources: sourcesField,
  /** Official number of the Stadtbezirk, 1 to 12. */
  number: z.number().int().min(1).max(12),
  /** Official name, exactly as places use it in their `district` field. */
  district: z.enum(districts, {
    error: `must be one of the 12 Stadtbezirke: ${districts.join(', ')}`,
  }),
  /** A point inside the district where the map puts its label. */
  labelPoint: coordinatesSchema,
  /** The statistical districts (statistische Bezirke) that make up the Stadtbezirk. */
  statisticalDistricts: z.array(z.string().min(2)).min(1),
};

/** One of the 12 Stadtbezirke: its character and its places (places name their district). */
export const districtSchema = (ctx: SchemaContext) => z.object({ ...districtFields, image: imageSchema(ctx).optional() });

export type DistrictData = z.infer<ReturnType<typeof districtSchema>>;
