/**
 * The media library: every image the portal itself publishes (its own illustrations), collected from
 * the content entries that use them, with alt text in the page's language, credit and licence.
 */
import type { ImageMetadata } from 'astro';
import type { Locale } from '../schemas/enums';
import { entriesIn } from './entries';

export interface MediaItem {
  name: string;
  src: ImageMetadata;
  alt: string;
  credit: string;
  licence: string;
}

export async function mediaItems(locale: Locale): Promise<MediaItem[]> {
  const items = new Map<string, MediaItem>();
  for (const collection of ['places', 'events', 'news', 'business', 'festivals', 'routes', 'districts'] as const) {
    for (const entry of await entriesIn(collection, locale)) {
      const image = (entry.data as { image?: { src: ImageMetadata; alt: string; credit: string; licence: string } }).image;
      if (!image) continue;
      const name = image.src.src.split('/').pop()!.replace(/\.[^.]+\.svg$|\.svg$/, '').replace(/\.[A-Za-z0-9_-]{8}$/, '');
      if (!items.has(name)) items.set(name, { name, src: image.src, alt: image.alt, credit: image.credit, licence: image.licence });
    }
  }
  return [...items.values()].sort((a, b) => a.name.localeCompare(b.name));
}
