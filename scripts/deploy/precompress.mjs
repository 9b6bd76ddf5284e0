#!/usr/bin/env node
/**
 * Writes file.br (Brotli, quality 11 for CSS and JavaScript, 7 for the rest) and file.gz (gzip, level 9) next to every text file of the
 * built site, so nginx (brotli_static, gzip_static) sends them without compressing on each request.
 * A compressed copy is kept only when it is smaller than the file. The copies get the file's
 * modification time, so Last-Modified is the same whichever encoding a visitor receives.
 *
 * Pagefind's own files are gzip streams that its script unpacks; it takes bytes that are already
 * unpacked just as well (they start with the signature "pagefind_dcd"). The files every search needs
 * (the WebAssembly, the page list, the index chunks and the filter files) therefore get a file.br that
 * holds their unpacked bytes in Brotli: nginx sends it to browsers that accept Brotli, which unpack it
 * themselves, 10 to 15 % smaller than Pagefind's gzip. The files themselves stay as Pagefind wrote
 * them, so gzip-only browsers, hosts without precompressed files (Netlify, Cloudflare Pages) and the
 * local preview get exactly what Pagefind serves everywhere. No .gz copy: the file already is one.
 * The result fragments (one per page, thousands) stay as they are: Brotli saves a few per cent on them.
 *
 * Not compressed: images and fonts (already compressed formats), files under 512 bytes, and the moved
 * pages, whose HTML nginx rewrites on the way out (sub_filter needs the plain file;
 * deploy/nginx/snippets/moved-page.conf compresses them then).
 *
 * Usage: node scripts/deploy/precompress.mjs [dist]   (the build calls it after Pagefind)
 */
import { readdirSync, statSync, readFileSync, writeFileSync, utimesSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, gunzipSync, constants } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = new Set(['html', 'css', 'js', 'mjs', 'json', 'geojson', 'xml', 'svg', 'txt', 'ics', 'csv', 'webmanifest', 'map', 'wasm']);
export const MIN_BYTES = 512;
/** Pagefind's gzipped files that get a Brotli copy of their unpacked bytes (see the file comment). */
export const PAGEFIND_PACKED = new Set(['pagefind', 'pf_meta', 'pf_index', 'pf_filter']);
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Pages nginx changes while serving them (see the file comment). */
export const NOT_PRECOMPRESSED = ['umgezogen/index.html', 'en/moved/index.html'];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Files of dist/ that get compressed copies. */
export function compressibleFiles(dist) {
  return walk(dist).filter((file) => {
    const ext = file.split('.').pop()?.toLowerCase() ?? '';
    if (!COMPRESSIBLE.has(ext) && !PAGEFIND_PACKED.has(ext)) return false;
    if (NOT_PRECOMPRESSED.includes(relative(dist, file))) return false;
    return statSync(file).size >= MIN_BYTES;
  });
}

/**
 * Brotli quality per file. Stylesheets and scripts are few and shared by every page: quality 11, the
 * smallest files. Pages and data are many: quality 7, which on this site's HTML is within 0.1 % of
 * quality 9 in size but about 17 times faster (measured on 400 pages: 2.6 s at 9, 0.15 s at 7; quality
 * 9 made this step take over a minute at 10,000 pages, doc/benchmarks.md). Pagefind's WebAssembly,
 * page list and filter files are few: 11. Its index chunks number several hundred at 10,000 pages:
 * 10, which on this site is 8 % smaller than Pagefind's gzip at 30 ms a chunk (11: 10 %, 75 ms).
 */
export function brotliQuality(file) {
  if (/\.pf_index$/.test(file)) return 10;
  // The web editor (6 MB of JavaScript, loaded by a few editors, not by visitors): quality 11 took three
  // minutes of build time (74 s for decap-cms.js alone); 5 takes 1.5 s and is 16 % larger (1.30 against 1.12 MB).
  if (/(?:^|[/\\])admin[/\\]/.test(file)) return 5;
  return /\.(css|m?js|pagefind|pf_meta|pf_filter)$/.test(file) ? 11 : 7;
}

/**
 * The bytes of a Pagefind file as Pagefind's script reads them after unpacking, signature included.
 * Throws, naming the file, when it is not a gzip stream with Pagefind's signature: a Pagefind version
 * that changed its format must not get copies its script cannot read.
 */
export function unpackPagefind(file, data = readFileSync(file)) {
  let raw;
  try {
    raw = gunzipSync(data);
  } catch (error) {
    throw new Error(`${file} is not gzipped as Pagefind writes its files (${error.message})`);
  }
  if (raw.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) {
    throw new Error(`${file} does not start with Pagefind's signature "${PAGEFIND_SIGNATURE}" once unpacked`);
  }
  return raw;
}

async function compressOne(file) {
  const stat = statSync(file);
  // Copies carry the file's modification time (to the second), so an unchanged file is not compressed twice.
  const fresh = (path) => existsSync(path) && Math.trunc(statSync(path).mtimeMs / 1000) === Math.trunc(stat.mtimeMs / 1000);
  if (fresh(`${file}.br`) || fresh(`${file}.gz`)) return { file, skipped: true, bytes: stat.size, br: 0, gz: 0 };
  const pagefind = PAGEFIND_PACKED.has(file.split('.').pop() ?? '');
  const packed = pagefind ? readFileSync(file) : undefined;
  // For Pagefind's files, `data` is what the browser holds after unpacking the Brotli copy.
  const data = pagefind ? unpackPagefind(file, packed) : readFileSync(file);
  const [br, gz] = await Promise.all([
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
        [constants.BROTLI_PARAM_MODE]: pagefind ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    pagefind ? undefined : gzipAsync(data, { level: 9 }),
  ]);
  if (pagefind) {
    const result = { file, skipped: false, bytes: packed.length, br: 0, gz: 0 };
    // Only worth a copy when it is smaller than Pagefind's own gzip, which every other browser gets.
    if (br.length < packed.length) {
      writeFileSync(`${file}.br`, br);
      utimesSync(`${file}.br`, stat.atime, stat.mtime);
      result.br = br.length;
    }
    return result;
  }
  const result = { file, skipped: false, bytes: data.length, br: 0, gz: 0 };
  for (const [ext, out] of [['br', br], ['gz', gz]]) {
    if (out.length >= data.length) continue;
    writeFileSync(`${file}.${ext}`, out);
    utimesSync(`${file}.${ext}`, stat.atime, stat.mtime);
    result[ext] = out.length;
  }
  return result;
}

/** Compresses every eligible file of dist/; a few at a time, on zlib's thread pool. */
export async function precompress(dist = 'dist') {
  const files = compressibleFiles(dist);
  const results = [];
  for (let i = 0; i < files.length; i += 16) results.push(...(await Promise.all(files.slice(i, i + 16).map(compressOne))));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const started = Date.now();
  try {
    const results = await precompress(dist);
    const done = results.filter((r) => !r.skipped);
    const kb = (n) => (n / 1024).toFixed(0);
    const total = done.reduce((s, r) => s + r.bytes, 0);
    const br = done.reduce((s, r) => s + (r.br || r.bytes), 0);
    const gz = done.reduce((s, r) => s + (r.gz || r.bytes), 0);
    console.log(`Precompressed ${done.length} files (${kb(total)} KB → ${kb(br)} KB Brotli, ${kb(gz)} KB gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(`Precompressing ${dist}/ failed: ${error.message}`);
    process.exit(1);
  }
}
