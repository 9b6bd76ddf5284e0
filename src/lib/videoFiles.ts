/**
 * Facts about a self-hosted video that the page shows next to the download link: the size of the file
 * in public/ and the length in words. Kept free of Astro imports for unit tests.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../schemas/enums';
import { formatNumber } from './format';
import { t } from '../i18n/t';

/** Size in bytes of a file below public/; throws, naming the file and the field, when it is missing. */
export function publicFileBytes(urlPath: string, field: string, entryFile: string, publicDir = 'public'): number {
  try {
    return statSync(join(publicDir, urlPath)).size;
  } catch {
    throw new Error(`${entryFile}: ${field}: the file public${urlPath} does not exist; add it or correct the path`);
  }
}

/** "12,3 MB" / "12.3 MB"; below one megabyte in kilobytes. */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1000)))} KB`;
  return `${formatNumber(locale, bytes / 1_000_000, 1)} MB`;
}

/** "2:05 Minuten" / "2:05 minutes"; under a minute in seconds. */
export function formatDuration(locale: Locale, seconds: number): string {
  if (seconds < 60) return t(locale, 'video.seconds', { n: seconds });
  const m = Math.floor(seconds / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return t(locale, 'video.minutes', { time: `${m}:${s}` });
}
