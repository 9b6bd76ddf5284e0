import { test, expect } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { generate } from '../../scripts/deploy/generate.mjs';
import { inlineSources, pageStylePolicy } from '../../scripts/deploy/lib/headers.mjs';
import { findNginx } from '../../scripts/deploy/nginx.mjs';
import { get, portalHost, siteDir, siteFiles } from './helpers';

/** The security headers the build wrote for Netlify and Cloudflare Pages (dist/_headers, block "/*"). */
function headersFileValues(): Record<string, string> {
  const file = join(siteDir, '_headers');
  expect(existsSync(file), `${file} is written by the build (scripts/deploy/postbuild.mjs)`).toBe(true);
  const block = readFileSync(file, 'utf8').split(/\n(?=\S)/).find((b) => b.startsWith('/*\n'))!;
  return Object.fromEntries(block.split('\n').slice(1).filter(Boolean).map((l) => [l.trim().split(': ')[0].toLowerCase(), l.trim().split(': ').slice(1).join(': ')]));
}

test.describe('headers', () => {
  test('the home page carries every security header, the same as _headers, and no server version', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    const h = response.headers;
    const csp = h['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // <style> elements are pinned per page by the page's own <meta> policy (next test, ADR 0009).
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h.server).toBe('nginx');
    for (const [name, value] of Object.entries(headersFileValues())) expect(h[name], `${name} as in _headers`).toBe(value);
  });

  test('the CSP lists the hash of every inline script and style of every page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dortmund-csp-'));
    try {
      const { csp } = generate({ dist: siteDir, outDir: null, nginxDir: dir, distFiles: false });
      expect((await get('/')).headers['content-security-policy']).toBe(csp);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every page pins its own <style> elements by hash in a <meta> policy before them', async () => {
    for (const path of ['/', '/en/', '/erleben/karte/', '/suche/', '/umgezogen/']) {
      const html = (await get(path)).body.toString('utf8');
      const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/);
      expect(meta, path).not.toBeNull();
      expect(html.indexOf(meta![0]), `${path}: the policy comes before any <style>`).toBeLessThan(html.indexOf('<style'));
      const { styles } = inlineSources(html, path);
      expect(styles.size, path).toBeGreaterThan(0);
      expect(meta![1], path).toBe(pageStylePolicy(styles));
    }
  });

  test('security headers are sent on redirects and error pages too', async () => {
    for (const [path, host, status] of [
      ['/erleben', portalHost, 301],
      ['/gibt-es-nicht/', portalHost, 404],
      ['/', 'www.dortmund-tourismus.de', 301],
      ['/2019/07/16/wochenendtipps-juli/', 'dortmund-tourismus.blog', 410],
    ] as const) {
      const response = await get(path, { host });
      expect(response.status, path).toBe(status);
      expect(response.headers['content-security-policy'], path).toBeTruthy();
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      // includeSubDomains only on the portal's own host: a former host is dortmund.de, among others.
      expect(response.headers['strict-transport-security'], `${host}${path}`).toBe(host === portalHost ? 'max-age=31536000; includeSubDomains' : 'max-age=31536000');
    }
  });
});

test.describe('compression', () => {
  const css = siteFiles().find((f) => f.startsWith('/_astro/') && f.endsWith('.css'))!;
  for (const [path, type] of [
    ['/', 'text/html'],
    [css, 'text/css'],
    ['/pagefind/pagefind.js', 'text/javascript'],
  ] as const) {
    test(`${path} in Brotli, gzip and plain, with Vary`, async () => {
      const plain = await get(path);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toContain(type);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      const br = await get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length);
      const gz = await get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      expect(gz.headers['content-type']).toBe(plain.headers['content-type']);
    });
  }

  test('the moved page is compressed on the fly, with the words filled in', async () => {
    const response = await get('/umgezogen/?q=zeche+zollern', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString('utf8')).toContain('<input id="moved-q" value="zeche zollern"');
  });

  test('Pagefind’s result fragments are sent as Pagefind gzipped them, without a Content-Encoding', async () => {
    const fragment = siteFiles().find((f) => f.startsWith('/pagefind/fragment/'))!;
    const response = await get(fragment, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/octet-stream');
  });

  // scripts/deploy/precompress.mjs: Brotli browsers get the unpacked index in Brotli, every other
  // client Pagefind's own gzip file, which Pagefind's script unpacks. Both end in the same bytes.
  const files = siteFiles();
  const packed = [
    '/pagefind/wasm.de.pagefind',
    files.find((f) => /^\/pagefind\/pagefind\.de_[0-9a-f]+\.pf_meta$/.test(f))!,
    files.find((f) => /^\/pagefind\/index\/de_.*\.pf_index$/.test(f))!,
  ];
  for (const path of packed) {
    test(`${path.replace(/_[0-9a-f]{6,}/, '_…')}: Brotli of the unpacked bytes, else Pagefind's gzip`, async () => {
      const br = await get(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(br.headers['content-type']).toBe('application/octet-stream');
      const unpacked = brotliDecompressSync(br.body);
      expect(unpacked.subarray(0, 12).toString('latin1')).toBe('pagefind_dcd');
      for (const headers of [{ 'Accept-Encoding': 'gzip' }, {}] as Record<string, string>[]) {
        const other = await get(path, { headers });
        expect(other.headers['content-encoding']).toBeUndefined();
        expect(gunzipSync(other.body).equals(unpacked)).toBe(true);
        expect(br.body.length).toBeLessThan(other.body.length);
      }
    });
  }
});

test.describe('caching', () => {
  const files = siteFiles();
  test('hashed assets are immutable for a year, pages revalidate', async () => {
    const asset = files.find((f) => f.startsWith('/_astro/') && f.endsWith('.js'))!;
    expect((await get(asset)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fragment = files.find((f) => f.startsWith('/pagefind/fragment/'))!;
    expect((await get(fragment)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/erleben/', '/en/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  test('pages answer 304 to a revalidation', async () => {
    const first = await get('/kultur/', { headers: { 'Accept-Encoding': 'br' } });
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get('/kultur/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag } });
    expect(again.status).toBe(304);
  });
});

test.describe('types', () => {
  const files = siteFiles().filter((f) => !/\.(?:br|gz)$/.test(f) && !/^\/(?:en\/)?404\.html$/.test(f));
  const expected: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    css: 'text/css; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    json: 'application/json; charset=utf-8',
    geojson: 'application/geo+json; charset=utf-8',
    xml: 'application/xml; charset=utf-8',
    ics: 'text/calendar; charset=utf-8',
    csv: 'text/csv; charset=utf-8',
    // The web editor's configuration (/admin/config.yml).
    yml: 'application/yaml; charset=utf-8',
    wasm: 'application/wasm',
    svg: 'image/svg+xml; charset=utf-8',
    txt: 'text/plain; charset=utf-8',
    woff2: 'font/woff2',
    avif: 'image/avif',
    webp: 'image/webp',
    png: 'image/png',
    mjs: 'text/javascript; charset=utf-8',
    map: 'application/json; charset=utf-8',
    webmanifest: 'application/manifest+json; charset=utf-8',
    rss: 'application/rss+xml; charset=utf-8',
    vtt: 'text/vtt; charset=utf-8',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    ico: 'image/x-icon',
    woff: 'font/woff',
    pdf: 'application/pdf',
    mp4: 'video/mp4',
    webm: 'video/webm',
    pagefind: 'application/octet-stream',
    pf_meta: 'application/octet-stream',
    pf_index: 'application/octet-stream',
    pf_fragment: 'application/octet-stream',
    pf_filter: 'application/octet-stream',
  };
  test('every kind of file in the built site has its type', async () => {
    const byExt = new Map<string, string>();
    for (const f of files) {
      const ext = f.split('/').pop()!.includes('.') ? f.split('.').pop()! : '';
      if (ext && !byExt.has(ext)) byExt.set(ext, f);
    }
    for (const [ext, file] of byExt) {
      expect(expected[ext], `a type is expected for .${ext} (${file})`).toBeDefined();
      const response = await get(file);
      expect(response.status, file).toBe(200);
      expect(response.headers['content-type'], file).toBe(expected[ext]);
    }
  });

  test('types the site may add later are in the shipped mime.types', () => {
    const types = readFileSync('deploy/nginx/mime.types', 'utf8');
    for (const [ext, type] of Object.entries(expected)) {
      expect(types, `.${ext}`).toMatch(new RegExp(`^\\s*${type.split(';')[0].replace(/[+/.]/g, '\\$&')}\\s[^;]*\\b${ext}\\b`, 'm'));
    }
  });
});

test.describe('error pages and listings', () => {
  test('a missing page answers 404 in German, under /en/ in English', async () => {
    const de = await get('/gibt-es-nicht/');
    expect(de.status).toBe(404);
    expect(de.body.toString('utf8')).toContain('<html lang="de"');
    const en = await get('/en/does-not-exist/');
    expect(en.status).toBe(404);
    const html = en.body.toString('utf8');
    // An English-only 404 page when the site has one (dist/en/404.html), else the bilingual page's English part.
    expect(html).toMatch(existsSync(join(siteDir, 'en/404.html')) ? /<html lang="en"/ : /<section lang="en"/);
  });

  test('content gone for good answers 410 with the moved page of its language', async () => {
    const de = await get('/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/nachricht.jsp?nid=622746', { host: 'www.dortmund.de' });
    expect(de.status).toBe(410);
    expect(de.body.toString('utf8')).toMatch(/<html lang="de"[\s\S]*<h1[^>]*>Diese Seite ist umgezogen</);
    const en = await get('/en/archive/nachricht.jsp?nid=1', { host: 'www.dortmund.de' });
    expect(en.status).toBe(410);
    expect(en.body.toString('utf8')).toMatch(/<html lang="en"[\s\S]*<h1[^>]*>This page has moved</);
  });

  test('no directory listings, no platform files, no dotfiles', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/pagefind/fragment/', '/_headers', '/_redirects', '/.git/config', '/.env']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('Index of');
    }
  });

  test('the other spelling of the portal’s host and paths without slash redirect once', async () => {
    const alias = portalHost.startsWith('www.') ? portalHost.slice(4) : `www.${portalHost}`;
    const response = await get('/kultur/?x=1', { host: alias });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`https://${portalHost}/kultur/?x=1`);
    const slash = await get('/kultur');
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe('/kultur/');
  });
});

test('the production configuration (deploy/nginx/portal.conf) passes nginx -t inside Debian’s nginx.conf', () => {
  const nginx = findNginx();
  expect(nginx, 'nginx is installed').toBeTruthy();
  const prefix = mkdtempSync(join(tmpdir(), 'dortmund-nginx-prod-'));
  try {
    cpSync('deploy/nginx', join(prefix, 'dortmund'), { recursive: true });
    generate({ dist: siteDir, outDir: null, nginxDir: join(prefix, 'dortmund/generated'), distFiles: false });
    // Throwaway certificates and this machine's paths in place of the operator's.
    const key = join(prefix, 'test.key');
    const crt = join(prefix, 'test.pem');
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=localhost'], { encoding: 'utf8' });
    test.skip(openssl.status !== 0, 'openssl is needed for throwaway certificates');
    const site = readFileSync('deploy/nginx/portal.conf', 'utf8')
      .replace(/\/etc\/ssl\/dortmund\/[\w.]+\.pem/g, crt)
      .replace(/\/etc\/ssl\/dortmund\/[\w.]+\.key/g, key)
      .replace(/root \/srv\/dortmund\/site;/g, `root ${join(process.cwd(), siteDir)};`);
    writeFileSync(join(prefix, 'dortmund-site.conf'), site);
    // Debian's own main configuration, as an operator has it, with the site in place of sites-enabled/.
    const debian = '/etc/nginx/nginx.conf';
    const brotliPath = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
    const brotliModule = existsSync(brotliPath) ? `load_module ${brotliPath};\n` : '';
    if (!brotliModule) writeFileSync(join(prefix, 'dortmund/snippets/brotli.conf'), '');
    const main = existsSync(debian)
      ? readFileSync(debian, 'utf8')
          .replace(/^\s*include\s+\/etc\/nginx\/sites-enabled\/\*;/m, `include ${join(prefix, 'dortmund-site.conf')};`)
          .replace(/^\s*pid\s+[^;]+;/m, `pid ${prefix}/nginx.pid;`)
          .replace(/^\s*error_log\s+[^;]+;/m, 'error_log stderr;')
          .replace(/^\s*access_log\s+[^;]+;/m, 'access_log off;')
      : `${brotliModule}pid ${prefix}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  include ${join(prefix, 'dortmund-site.conf')};\n}\n`;
    expect(main).toContain('dortmund-site.conf');
    writeFileSync(join(prefix, 'nginx.conf'), main);
    // Without -p: Debian's module snippets load modules relative to nginx's own prefix.
    const result = spawnSync(nginx!, ['-t', '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
    expect(result.stderr).toContain('test is successful');
    expect(result.stderr).not.toMatch(/\[warn\]/);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
