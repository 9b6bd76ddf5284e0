import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchLimited } from './fetch';
import { downloadImages, imageType, licenceOf } from './images';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry, writeEntry } from './files';
import { writeFileSync } from 'node:fs';

/** A server on 127.0.0.1 that answers slowly, too much, or a small image: the limits themselves. */
let server: Server;
let base = '';
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      for (let i = 0; i < 100; i++) res.write('x'.repeat(1000));
      return res.end();
    }
    if (req.url === '/bild.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(png);
    }
    if (req.url === '/bild.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      return res.end('<svg onload="alert(1)"/>');
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('fetching with limits', () => {
  it('gives up after the time limit', async () => {
    expect(await fetchLimited(`${base}/slow`, { timeoutMs: 200, maxBytes: 1000 })).toEqual({ ok: false, reason: 'no complete answer within 0.2 s (timeout)' });
  });
  it('stops reading past the size limit', async () => {
    const result = await fetchLimited(`${base}/big`, { timeoutMs: 5000, maxBytes: 10_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/larger than the limit of 10000 bytes/);
  });
  it('refuses other schemes and reports HTTP errors', async () => {
    expect(await fetchLimited('file:///etc/passwd', { timeoutMs: 100, maxBytes: 10 })).toEqual({ ok: false, reason: 'only http and https addresses are fetched, not file:' });
    expect(await fetchLimited(`${base}/nope`, { timeoutMs: 1000, maxBytes: 10 })).toMatchObject({ ok: false, reason: expect.stringMatching(/404/) });
  });
});

describe('images', () => {
  it('knows licences and image types by their bytes', () => {
    expect(licenceOf('https://creativecommons.org/licenses/by/4.0/')).toBe('CC-BY-4.0');
    expect(licenceOf('CC BY-SA 4.0')).toBe('CC-BY-SA-4.0');
    expect(licenceOf('alle Rechte beim Veranstalter')).toBeUndefined();
    expect(imageType(png)).toBe('png');
    expect(imageType(Buffer.from('<svg/>'))).toBeUndefined();
  });

  it('downloads an offered image into the repository with credit and licence, and refuses the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-images-'));
    const entry = (key: string, image: object) => {
      const path = join(dir, `${key}.md`);
      const data = { key, title: 'Titel', origin: { source: 's', id: key, fetched: '2026-12-07', fields: {}, image } };
      writeFileSync(path, writeEntry(data, ''));
      return { key, lang: 'de' as const, path, data, body: '' };
    };
    const entries = [
      entry('gut', { url: `${base}/bild.png`, alt: 'Bühne mit Orchester', credit: 'Testhaus', licence: 'CC BY 4.0' }),
      entry('svg', { url: `${base}/bild.svg`, alt: 'Bühne mit Orchester', credit: 'Testhaus', licence: 'CC BY 4.0' }),
      entry('ohne-lizenz', { url: `${base}/bild.png`, alt: 'Bühne mit Orchester', credit: 'Testhaus' }),
    ];
    const out: string[] = [];
    await downloadImages({ dryRun: false }, entries, (s) => out.push(s), fetch, join(dir, 'assets'));
    expect(out).toEqual([
      `gut (de): downloaded to ${join(dir, 'assets')}/gut.png`,
      'svg (de): not downloaded: content type "image/svg+xml" is not one of image/png, image/jpeg, image/webp',
      'ohne-lizenz (de): not downloaded: licence "(none)" is none of CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, DL-DE-BY-2.0, DL-DE-ZERO-2.0, all-rights-reserved; ask the partner',
    ]);
    expect(existsSync(join(dir, 'assets', 'gut.png'))).toBe(true);
    expect(readEntry(readFileSync(entries[0].path, 'utf8')).data.image).toMatchObject({ alt: 'Bühne mit Orchester', credit: 'Testhaus', licence: 'CC-BY-4.0' });
  });
});
