import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { licences } from './enums';

/** The fields of an image besides the file itself, built once (see `placeFields` in ./place.ts). */
const imageFields = {
  /** What the image shows, for screen readers. Empty only for purely decorative images, which content images are not. */
  alt: z.string({ error: 'is missing: describe what the image shows' }).min(5, { error: 'is too short: describe what the image shows' }),
  /** Author or rights holder, as printed under the image. */
  credit: z.string({ error: 'is missing: name who made the image' }).min(2),
  /** Licence under which the image may be used. */
  licence: z.enum(licences, {
    error: `must be one of: ${licences.join(', ')}`,
  }),
};

/**
 * An image with everything the office must know to publish it: what it shows for people who cannot
 * see it, who made it, and under which licence it may be used.
 */
export const imageSchema = ({ image }: SchemaContext) =>
  z.object({
    /** Path to the image file, relative to the content file (e.g. ../../../src/assets/art/u-turm.svg). */
    src: image(),
    ...imageFields,
  });
