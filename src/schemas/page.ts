import { z } from 'astro/zod';
import { baseFields, sourceSchema } from './base';
import { pageKinds } from './enums';

/** Everything else: legal pages, practical information, service pages. */
export const pageSchema = z.object({
  ...baseFields,
  kind: z.enum(pageKinds, { error: `must be one of: ${pageKinds.join(', ')}` }),
  /** Sources are optional for legal texts that state the office's own facts. */
  sources: z.array(sourceSchema).default([]),
});

export type PageData = z.infer<typeof pageSchema>;
