/**
 * Addresses of raster versions of the artwork, for share previews and thumbnails. Every page asks
 * for one (the default share image at least), mostly of the same few files: Astro's `getImage` is
 * asked once per file, width and format for the whole build, and the address is reused. Asking once
 * is also what registers the file for generation, so nothing is lost by not asking again.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

const urls = new Map<string, Promise<string>>();

export function rasterUrl(src: ImageMetadata, width: number, format: 'png' | 'webp'): Promise<string> {
  const id = `${src.src}|${width}|${format}`;
  let url = urls.get(id);
  if (!url) {
    url = getImage({ src, width, format }).then((image) => image.src);
    // A failure is not kept: the next page asks again and fails with Astro's own message.
    url.catch(() => urls.delete(id));
    urls.set(id, url);
  }
  return url;
}
