import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { precompress, unpackPagefind } from '../../scripts/deploy/precompress.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes like a Pagefind index: the signature, then words with repetition that compresses. */
function pagefindBytes() {
  const words = Array.from({ length: 3000 }, (_, i) => `zeche${i % 97}:${randomBytes(2).toString('hex')};`).join('');
  return Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(words)]);
}

function site() {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  return dir;
}

describe('precompress', () => {
  it('gives Pagefind’s gzipped files a Brotli copy of their unpacked bytes and leaves the files alone', async () => {
    const dist = site();
    const raw = pagefindBytes();
    const packed = gzipSync(raw, { level: 6 });
    const index = join(dist, 'pagefind/index/de_1234567.pf_index');
    const wasm = join(dist, 'pagefind/wasm.de.pagefind');
    const fragment = join(dist, 'pagefind/fragment/de_7654321.pf_fragment');
    for (const file of [index, wasm, fragment]) writeFileSync(file, packed);
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>t</title>${'<p>Dortmund</p>'.repeat(200)}`);

    await precompress(dist);

    for (const file of [index, wasm]) {
      // The browser unpacks the Brotli copy and hands Pagefind the signature and the index.
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(raw), file).toBe(true);
      expect(readFileSync(`${file}.br`).length).toBeLessThan(packed.length);
      // The file itself is still Pagefind's gzip, for every other browser and host, and has no second gzip.
      expect(readFileSync(file).equals(packed)).toBe(true);
      expect(existsSync(`${file}.gz`)).toBe(false);
    }
    // Fragments are many and gain little: as Pagefind wrote them.
    expect(existsSync(`${fragment}.br`)).toBe(false);
    // Other text files still get both copies of the same bytes.
    const html = readFileSync(join(dist, 'index.html'));
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br'))).equals(html)).toBe(true);
    expect(gunzipSync(readFileSync(join(dist, 'index.html.gz'))).equals(html)).toBe(true);
  });

  it('stops, naming the file, when a Pagefind file is not what Pagefind writes', async () => {
    const dist = site();
    const broken = join(dist, 'pagefind/index/de_0000000.pf_index');
    writeFileSync(broken, Buffer.alloc(2048, 7));
    await expect(precompress(dist)).rejects.toThrow(`${broken} is not gzipped as Pagefind writes its files`);
    expect(existsSync(`${broken}.br`)).toBe(false);
    const unsigned = join(dist, 'pagefind/pagefind.de_0000000000.pf_meta');
    expect(() => unpackPagefind(unsigned, gzipSync(Buffer.alloc(2048, 65)))).toThrow(`${unsigned} does not start with Pagefind's signature`);
  });
});
