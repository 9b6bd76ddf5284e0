/**
 * The separate image step (`npm run import:events -- --images`): for each imported entry whose source
 * offered an image (origin.image), the image is downloaded into src/assets/events/ with a size limit,
 * checked to be a JPEG, PNG or WebP by its first bytes, and recorded with its credit and licence, so the
 * site never links an image on another host. Images without a known licence, credit or description are
 * not downloaded; the report says why.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { licences, type Licence } from '../../src/schemas/enums';
import { fetchLimited } from './fetch';
import { writeEntry } from './files';
import type { ExistingEntry } from './plan';

export const maxImageBytes = 2_000_000;

/** The licence names the portal accepts, from what feeds write ("CC BY 4.0", a licence URL …). */
export function licenceOf(text: string | undefined): Licence | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase().replace(/https?:\/\/creativecommons\.org\/(licenses|publicdomain)\//, '').replace(/[\s/_.-]+/g, '-');
  if ((licences as readonly string[]).includes(text)) return text as Licence;
  if (/^(cc0|zero-1-0)/.test(t)) return 'CC0-1.0';
  if (/^(cc-)?by-sa-4(-0)?-?$/.test(t)) return 'CC-BY-SA-4.0';
  if (/^(cc-)?by-4(-0)?-?$/.test(t)) return 'CC-BY-4.0';
  if (/dl-de-by-2|datenlizenz-deutschland-namensnennung/.test(t)) return 'DL-DE-BY-2.0';
  if (/dl-de-zero-2|datenlizenz-deutschland-zero/.test(t)) return 'DL-DE-ZERO-2.0';
  return undefined;
}

/** File type from the first bytes, or undefined for anything else (SVG, HTML, scripts). */
export function imageType(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'webp';
  return undefined;
}

export async function downloadImages(
  options: { dryRun: boolean; report?: string },
  entries: ExistingEntry[],
  out: (s: string) => void,
  fetchImpl: typeof fetch = fetch,
  assetsDir = 'src/assets/events',
): Promise<number> {
  const results: { key: string; lang: string; result: string }[] = [];
  for (const entry of entries) {
    const origin = entry.data.origin as { image?: { url: string; alt?: string; credit?: string; licence?: string } } | undefined;
    const offered = origin?.image;
    if (!offered || entry.data.image) continue;
    const licence = licenceOf(offered.licence);
    const say = (result: string) => results.push({ key: entry.key, lang: entry.lang, result });
    if (!licence) {
      say(`not downloaded: licence "${offered.licence ?? '(none)'}" is none of ${licences.join(', ')}; ask the partner`);
      continue;
    }
    if (!offered.credit || (offered.alt ?? '').length < 5) {
      say('not downloaded: the feed gives no credit or no description of the image; add them to origin.image');
      continue;
    }
    if (options.dryRun) {
      say(`would download ${offered.url}`);
      continue;
    }
    const response = await fetchLimited(offered.url, { timeoutMs: 20_000, maxBytes: maxImageBytes, accept: ['image/png', 'image/jpeg', 'image/webp'] }, fetchImpl);
    if (!response.ok) {
      say(`not downloaded: ${response.reason}`);
      continue;
    }
    const type = imageType(response.bytes);
    if (!type) {
      say('not downloaded: not a JPEG, PNG or WebP image');
      continue;
    }
    mkdirSync(assetsDir, { recursive: true });
    const file = `${assetsDir}/${entry.key}.${type}`;
    if (!existsSync(file)) writeFileSync(file, response.bytes);
    const data = { ...entry.data, image: { src: `../../../${file}`, alt: offered.alt, credit: offered.credit, licence } };
    writeFileSync(entry.path, writeEntry(data, entry.body));
    say(`downloaded to ${file}`);
  }
  if (options.report === 'json') out(JSON.stringify({ images: results }, null, 2));
  else for (const r of results) out(`${r.key} (${r.lang}): ${r.result}`);
  return 0;
}
