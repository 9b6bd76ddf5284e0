import { z } from 'astro/zod';
import { baseFields, sourceSchema } from './base';
import { pageKinds } from './enums';
import { videoSchema } from './video';

/** Everything else: legal pages, practical information, service pages. */
export const pageSchema = z.object({
  ...baseFields,
  kind: z.enum(pageKinds, { error: `must be one of: ${pageKinds.join(', ')}` }),
  /** Sources are optional for legal texts that state the office's own facts. */
  sources: z.array(sourceSchema).default([]),
  /** Position in a list of sibling pages (the Leichte Sprache overview); lower first. */
  /** Self-hosted videos shown above the text (sign-language explanations). */
  videos: z.array(videoSchema).default([]),
  order: z.number({ error: 'must be a whole number, e.g. 1' }).int().min(1).optional(),
});

export type PageData = z.infer<typeof pageSchema>;
