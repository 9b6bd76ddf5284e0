import { z } from 'astro/zod';
import { calendarDate } from './base';

/**
 * Fields of events that came in through the feed import (scripts/import, doc/editing.md), kept apart
 * from the event model so that both grow without stepping on each other. An imported entry says where
 * it came from and whether an editor has approved it; pending entries are validated but not published.
 */
export const reviewStates = ['pending', 'approved'] as const;
export type ReviewState = (typeof reviewStates)[number];

const importedImage = z.strictObject({
  /** Address of the image at the partner; downloaded into the repository by `npm run import:events -- --images`, never linked. */
  url: z.url(),
  alt: z.string().optional(),
  credit: z.string().optional(),
  licence: z.string().optional(),
});

export const originSchema = z.strictObject({
  /** Name of the source in content/sources/event-feeds.yaml. */
  source: z.string().min(2),
  /** The source's own id of the event (iCalendar UID, schema.org @id, CSV id). */
  id: z.string().min(1),
  /** Other sources that carried the same event and were merged into this entry. */
  also: z.array(z.strictObject({ source: z.string().min(2), id: z.string().min(1) })).optional(),
  /** Day this version was fetched. */
  fetched: calendarDate,
  /** Licence under which the source publishes its events. */
  licence: z.string().min(2).optional(),
  /**
   * Where each field came from: a source name, or "editorial" for fields an editor has changed; the
   * importer never overwrites editorial fields. Texts per language: "title.de", "body.en".
   */
  fields: z.record(z.string(), z.string()).default({}),
  /** What the importer changed or doubts (cut text, converted times …), for the editor. */
  notes: z.array(z.string()).optional(),
  /** Day the event disappeared from its feed; the entry is kept until an editor decides. */
  vanished: calendarDate.optional(),
  /** An image the source offers, waiting for download. */
  image: importedImage.optional(),
});

/** Fields an event entry gains from the import; spread into the event schema's fields. */
export const importFields = {
  /** Only on imported entries: where the entry came from. */
  origin: originSchema.optional(),
  /** Only on imported entries: pending (not published) until an editor sets approved. */
  review: z.enum(reviewStates, { error: `must be one of: ${reviewStates.join(', ')}` }).optional(),
};

/** An imported entry must say whether it has been reviewed. */
export function checkImport(event: { origin?: unknown; review?: string }, ctx: z.RefinementCtx) {
  if (event.origin && !event.review) {
    ctx.addIssue({ code: 'custom', path: ['review'], message: 'is missing: an imported event needs review: pending or review: approved' });
  }
}

/** Whether an entry may be published: not a draft, and not an import waiting for review. */
export function isPublished(data: { draft?: boolean; review?: ReviewState }): boolean {
  return !data.draft && data.review !== 'pending';
}
