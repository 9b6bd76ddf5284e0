import { z } from 'astro/zod';

/**
 * A self-hosted video (sign-language explanations). The files live in public/medien/videos/; the build
 * reads the file size from there and fails, naming the file, when the video or its captions are missing.
 */
export const videoSchema = z.object({
  title: z.string().min(3),
  /** The MP4 file below public/, e.g. "/medien/videos/portal-erklaert.mp4". */
  file: z.string().regex(/^\/medien\/videos\/[a-z0-9-]+\.mp4$/, { error: 'must be an MP4 file in public/medien/videos/, e.g. "/medien/videos/portal-erklaert.mp4"' }),
  /** WebVTT captions for the video, same folder. Required: a video without captions is not published. */
  captions: z.string().regex(/^\/medien\/videos\/[a-z0-9-]+\.vtt$/, { error: 'must be a WebVTT file in public/medien/videos/, e.g. "/medien/videos/portal-erklaert.vtt"' }),
  /** Length in seconds, as the editing program shows it. */
  durationSeconds: z.number({ error: 'must be the length in seconds, e.g. 95' }).int().positive(),
  /** Still image shown before playing, same folder (optional). */
  poster: z.string().regex(/^\/medien\/videos\/[a-z0-9-]+\.(jpg|png|webp)$/).optional(),
  /** A sentence on what the video explains; shown below it and read by screen readers. */
  summary: z.string().min(10),
});

export type Video = z.infer<typeof videoSchema>;
