/**
 * Response headers of the portal, in one place for every server: nginx (generated include),
 * Netlify and Cloudflare Pages (_headers), and a CDN's header policy (doc/deploy.md).
 *
 * The Content-Security-Policy allows no inline script and no <style> element except the exact ones
 * the build produced: their SHA-256 hashes are read from the built HTML, the scripts' into the header,
 * each page's styles into a <meta> policy in that page (pinPageStyles). Style attributes are allowed. Why each source is allowed is in doc/adr/0005-production-serving.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Cache rules by path; `glob` is for _headers, `pattern` for nginx's map over $uri. First match wins in nginx. */
export const CACHE_RULES = [
  // Astro's assets carry a content hash in their name: a new version is a new file.
  { glob: '/_astro/*', pattern: '^/_astro/', value: 'public, max-age=31536000, immutable', headersFile: true },
  // Pagefind's fragments and index chunks are named by their content hash too.
  { glob: '/pagefind/fragment/*', pattern: '^/pagefind/(?:fragment|index)/', value: 'public, max-age=31536000, immutable', headersFile: true },
  { glob: '/pagefind/index/*', pattern: null, value: 'public, max-age=31536000, immutable', headersFile: true },
  // Pagefind's loader, entry file and metadata keep their names across builds and point at the hashed files.
  { glob: '/pagefind/*', pattern: '^/pagefind/', value: 'no-cache', headersFile: false },
  // Pages: always revalidated (ETag, Last-Modified), so a deploy is visible at once.
  { glob: null, pattern: '\\.html$', value: 'no-cache', headersFile: false },
  { glob: null, pattern: '/$', value: 'no-cache', headersFile: false },
];
/** Everything else (favicon, brand files, robots.txt, sitemaps, calendar and data feeds). */
export const DEFAULT_CACHE = 'public, max-age=3600';

/** Script types a browser executes, so CSP applies to their inline form. JSON-LD is data and is not listed. */
const EXECUTED_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Attributes of a start tag from position i (just after the tag name); quote-aware. Returns [attrs, end]. */
function readAttributes(html, i) {
  const attrs = {};
  while (i < html.length) {
    while (/\s/.test(html[i])) i++;
    if (html[i] === '>' || (html[i] === '/' && html[i + 1] === '>')) return [attrs, html.indexOf('>', i) + 1];
    let name = '';
    while (i < html.length && !/[\s=>]/.test(html[i]) && !(html[i] === '/' && html[i + 1] === '>')) name += html[i++];
    while (/\s/.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (/\s/.test(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, i + 1);
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i])) value += html[i++];
      }
    }
    if (name) attrs[name.toLowerCase()] = decodeEntities(value);
    if (!name) i++;
  }
  return [attrs, html.length];
}

/**
 * Inline scripts, inline style elements and style attributes of one HTML document, as CSP hash
 * sources. Throws on inline event handlers and javascript: URLs, which no hash can allow safely.
 */
export function inlineSources(html, file = 'page') {
  const scripts = new Set();
  const styles = new Set();
  const styleAttrs = new Set();
  const lower = html.toLowerCase();
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      i = html.indexOf('-->', i + 4);
      if (i === -1) break;
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 64));
    if (!m) {
      i++;
      continue;
    }
    const tag = m[1].toLowerCase();
    const [attrs, end] = readAttributes(html, i + m[0].length);
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on[a-z]+$/.test(name)) throw new Error(`${file}: inline event handler ${name}= on <${tag}>; use a script file instead`);
      if (/^\s*javascript:/i.test(value)) throw new Error(`${file}: javascript: URL in ${name}= on <${tag}>`);
    }
    if (attrs.style !== undefined) styleAttrs.add(sha256(attrs.style));
    i = end;
    if (tag === 'script' || tag === 'style') {
      const close = lower.indexOf(`</${tag}`, i);
      const content = html.slice(i, close);
      if (tag === 'style') styles.add(sha256(content));
      else if (attrs.src === undefined && EXECUTED_SCRIPT_TYPES.has((attrs.type ?? '').trim().toLowerCase())) scripts.add(sha256(content));
      i = close;
    }
  }
  return { scripts, styles, styleAttrs };
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Hash sources of every HTML file in the built site. */
export function collectInlineSources(dist) {
  const all = { scripts: new Set(), styles: new Set(), styleAttrs: new Set(), pages: 0 };
  for (const file of htmlFiles(dist)) {
    const found = inlineSources(readFileSync(file, 'utf8'), relative(process.cwd(), file));
    for (const k of ['scripts', 'styles', 'styleAttrs']) for (const h of found[k]) all[k].add(h);
    all.pages++;
  }
  return all;
}

/** The address a future map loads its tiles from, after the visitor clicks for it (see the ADR). */
export const TILE_SERVER = 'https://tile.openstreetmap.org';

/**
 * The Content-Security-Policy for the built site. `origin` is the portal's own address: forms on the
 * moved page that nginx serves on the former hosts submit to the portal.
 */
export function contentSecurityPolicy({ scripts }, origin) {
  const sorted = (set) => [...set].sort();
  const directives = [
    ["default-src", "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...sorted(scripts)],
    // Every page carries its CSS inline (doc/adr/0010-inline-css-and-per-page-style-policy.md): the
    // <style> elements of one page are pinned by hash in that page's own <meta> policy
    // (pageStylePolicy below), which the browser enforces on top of this header; listing the hashes
    // of all pages here would pass the CDN header limits. Style attributes (card grid widths, the
    // wordmark's stroke, colour swatches) stay allowed as before: see ADR 0005 for why not by hash.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', TILE_SERVER],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['media-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", origin],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The <meta> policy of one page: its <style> elements by hash, nothing else inline. */
export function pageStylePolicy(styles) {
  // Style attributes stay allowed, as in the header (ADR 0005); said here too, so that no checker reads
  // the element rule as covering them.
  return `${["style-src-elem 'self'", ...[...styles].sort()].join(' ')}; style-src-attr 'unsafe-inline'`;
}

/**
 * Writes each page's own style policy into the page, as the first element after <meta charset>
 * (before any <style>: a <meta> policy covers only what follows it). Replaces one written before,
 * so running it twice changes nothing. Returns the number of pages and of distinct style hashes.
 */
export function pinPageStyles(dist) {
  const all = new Set();
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const original = readFileSync(file, 'utf8');
    const html = original.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/i, '');
    const { styles } = inlineSources(html, relative(process.cwd(), file));
    for (const h of styles) all.add(h);
    const meta = `<meta http-equiv="content-security-policy" content="${pageStylePolicy(styles)}">`;
    const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
    let out;
    // Astro's redirect pages have no <meta charset>: after their <title>, which keeps their known start.
    if (charset) out = html.replace(charset[0], `${charset[0]}${meta}`);
    else if (/<\/title>/i.test(html)) out = html.replace(/<\/title>/i, (t) => `${t}${meta}`);
    else if (/^<!doctype html>/i.test(html)) out = html.replace(/^<!doctype html>/i, (d) => `${d}${meta}`);
    else out = `${meta}${html}`;
    if (out !== original) writeFileSync(file, out);
    pages++;
  }
  return { pages, styles: all.size };
}

/**
 * Security headers of every response, in the order they are written. Hosts other than the portal's
 * own (the former sites, the portal's other spelling) get HSTS without includeSubDomains: one of them
 * is dortmund.de, whose other subdomains are not ours to bind.
 */
export function securityHeaders(csp, { formerHost = false } = {}) {
  return [
    ['Content-Security-Policy', csp],
    ['Strict-Transport-Security', formerHost ? 'max-age=31536000' : 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Longest header value CloudFront's response-headers policy accepts for CSP; Cloudflare allows 2,000 per _headers line. */
export const CSP_LENGTH_WARNING = 1783;
