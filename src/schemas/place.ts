import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseFields, sourcesField } from './base';
import { districts, placeKinds } from './enums';
import { imageSchema } from './image';
import { accessSchema, admissionSchema, hoursSchema } from './placeFacts';

/**
 * Bounding box of the city of Dortmund (WGS84), with a small margin. A coordinate outside it is almost
 * always a typo or swapped latitude and longitude.
 */
export const dortmundBounds = {
  south: 51.41,
  north: 51.61,
  west: 7.3,
  east: 7.64,
} as const;

/** Coordinates in WGS84 decimal degrees, as OpenStreetMap and Wikidata give them. */
export const coordinatesSchema = z.object({
  /** Latitude, e.g. 51.5178 */
  lat: z
    .number({ error: 'latitude must be a number such as 51.5178' })
    .min(dortmundBounds.south, {
      error: 'latitude lies south of Dortmund: check the value',
    })
    .max(dortmundBounds.north, {
      error: 'latitude lies north of Dortmund: check the value',
    }),
  /** Longitude, e.g. 7.3347 */
  lon: z
    .number({ error: 'longitude must be a number such as 7.3347' })
    .min(dortmundBounds.west, {
      error: 'longitude lies west of Dortmund: check the value',
    })
    .max(dortmundBounds.east, {
      error: 'longitude lies east of Dortmund: check the value',
    }),
});

/** A postal address in Dortmund. */
export const addressSchema = z.object({
  /** Street and number, e.g. "Grubenweg 5" */
  street: z.string({ error: 'street and number are missing' }).min(3),
  /** Dortmund postal codes all start with 44. */
  postalCode: z
    .string({
      error: 'postal code is missing (write it in quotes, e.g. "44388")',
    })
    .regex(/^44\d{3}$/, {
      error: 'must be a Dortmund postal code of five digits starting with 44',
    }),
  locality: z.string().default('Dortmund'),
});

/**
 * The fields of a place except its image, built once: Astro calls the schema function for every entry
 * (the image helper is bound to the entry's file), and building these per entry cost about a second of
 * content sync at 10,000 entries (doc/benchmarks.md).
 */
const placeFields = {
  ...baseFields,
  sources: sourcesField,
  /** What kind of place it is. */
  kind: z.enum(placeKinds, {
    error: `must be one of: ${placeKinds.join(', ')}`,
  }),
  /** Pillars the place appears in: visit, culture or both. */
  pillars: z
    .array(z.enum(['visit', 'culture']))
    .min(1)
    .default(['visit']),
  /** One of the 12 Stadtbezirke. */
  district: z.enum(districts, {
    error: `must be one of the 12 Stadtbezirke: ${districts.join(', ')}`,
  }),
  /**
   * Position on the maps. Leave it out only while no verified position exists: the place is then
   * listed (also in the map's list) but not drawn, and `npm run content:report` names it.
   */
  coordinates: coordinatesSchema.optional(),
  address: addressSchema,
  /**
   * Opening hours as a weekly table (or seasons of them), with closing days and exceptions, or
   * `always: true`. Leave out only when the place publishes no hours: `npm run content:report` names it.
   */
  hours: hoursSchema.optional(),
  /** Admission: free for everyone, or the main prices with reductions and free days. */
  admission: admissionSchema.optional(),
  /** Access facts as data (step-free entrance, lift, toilet …), from a source; they decide the filter by need. */
  access: accessSchema.optional(),
  /** Facts about access in sentences: step-free entry, lifts, toilets, tactile or audio guides. */
  accessibility: z.array(z.string().min(5)).min(1, { error: 'needs at least one accessibility fact' }),
  /** Nearest public transport stop and lines. */
  transit: z.string({ error: 'is missing: name the nearest stop and its lines' }).min(5),
  /** Official website of the place. */
  website: z.url({ error: 'must be a full web address starting with https://' }).optional(),
  /** For venues: what kind, so search engines get the right type (PerformingArtsTheater, MusicVenue …). */
  venueType: z.enum(['theater', 'concert-hall', 'music-club', 'library', 'cinema', 'exhibition-centre', 'cultural-centre']).optional(),
  /** Suggested length of a visit, in minutes. */
  visitMinutes: z.number().int().positive().optional(),
};

/** A sight, museum, venue, park or landmark. */
export const placeSchema = (ctx: SchemaContext) => z.object({ ...placeFields, image: imageSchema(ctx).optional() }).superRefine(checkPlace);

/** The source of the hours, the admission and the access facts must be one of the entry's sources. */
function checkPlace(place: { sources: { url: string }[]; hours?: { source: string }; admission?: { source: string }; access?: { source: string } }, ctx: z.RefinementCtx) {
  const listed = new Set(place.sources.map((s) => s.url));
  for (const field of ['hours', 'admission', 'access'] as const) {
    const source = place[field]?.source;
    if (source && !listed.has(source)) {
      ctx.addIssue({ code: 'custom', path: [field, 'source'], message: `must also be listed under sources (with its title and date): ${source}` });
    }
  }
}

export type PlaceData = z.infer<ReturnType<typeof placeSchema>>;
