/**
 * Link checker over the built site. Every reference to the portal itself must resolve to a file in the
 * build, and every #fragment to an element with that id in the target page; references to other hosts
 * are collected for a report and never fetched (CI must not depend on other people's servers).
 *
 * References checked:
 * - HTML: every URL attribute (a, area, link incl. canonical and hreflang, script, img/source srcset,
 *   media, iframe, form action, svg use, cite, Astro island component/renderer URLs), Open Graph URLs
 *   in <meta>, url() in <style> and style="", and absolute URLs of the portal inside JSON-LD;
 * - CSS: url() and @import; JavaScript in _astro/: static and dynamic imports of other chunks;
 * - text files (sitemaps, robots.txt, .ics feeds, JSON/GeoJSON/CSV data): absolute URLs of the portal.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attr, distDir, documentOf, elements, htmlPages, pathOfFile, siteOrigin, textOf, walk } from './dist.mjs';

/** Attributes that hold a URL (or a srcset of URLs), by element. */
const urlAttributes = {
  a: ['href'],
  area: ['href'],
  link: ['href', 'imagesrcset'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  use: ['href'],
  image: ['href'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};
const srcsetAttributes = new Set(['srcset', 'imagesrcset']);
/** <meta> properties whose content is a URL. */
const urlMeta = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image']);
/** Text files that may carry absolute URLs of the portal. */
const textExtensions = /\.(xml|txt|ics|json|geojson|csv|webmanifest)$/;

const cssUrls = (css) => [
  ...[...css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)/g)].map((m) => m[2]),
  ...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]),
];

function srcsetUrls(value) {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** Where a reference points: the portal itself, another host, or a non-HTTP scheme. */
export function classify(raw, base, origin) {
  const value = raw.trim();
  let url;
  try {
    url = new URL(value, base);
  } catch {
    return { type: 'invalid' };
  }
  const own = new URL(origin);
  if (url.protocol === 'webcal:') url = new URL(`https:${url.href.slice('webcal:'.length)}`);
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (url.origin === own.origin) return { type: 'internal', url };
    if (url.hostname === own.hostname) return { type: 'insecure', url };
    return { type: 'external', url };
  }
  return { type: url.protocol.slice(0, -1), url };
}

/** File that serves a path of the portal, or why there is none. */
export function resolvePath(dist, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { problem: 'the path is not valid percent-encoding' };
  }
  const isFile = (f) => existsSync(f) && statSync(f).isFile();
  if (path.endsWith('/')) {
    const file = join(dist, path, 'index.html');
    return isFile(file) ? { file } : { problem: 'no page at this address' };
  }
  const file = join(dist, path);
  if (isFile(file)) return { file };
  if (isFile(join(dist, path, 'index.html'))) {
    return { problem: `missing trailing slash: the page is ${path}/ (the site is built with trailingSlash: 'always')` };
  }
  return { problem: 'no file at this address' };
}

const idCache = new Map();

/** Ids a fragment can point to in an HTML or SVG file: every id, and name on <a>. */
export function idsOf(file) {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const el of elements(documentOf(file).doc)) {
      const id = attr(el, 'id');
      if (id) ids.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name'));
    }
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a fragment does not resolve in the target file, or undefined when it does. */
function fragmentProblem(file, hash) {
  if (!hash || hash === '#') return undefined;
  let id;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return `the fragment ${hash} is not valid percent-encoding`;
  }
  // The HTML standard scrolls to the top for an empty fragment and for "top" without such an id;
  // text fragments (#:~:text=) address text, not ids.
  if (id.toLowerCase() === 'top' || id.startsWith(':~:')) return undefined;
  if (!/\.(html|svg)$/.test(file)) return undefined;
  // An SVG view specification (SVG 2, "Linking into SVG content"): shows a part of the drawing.
  if (file.endsWith('.svg') && id.startsWith('svgView(')) {
    const box = /^svgView\(viewBox\(([^)]*)\)\)$/.exec(id)?.[1].split(/[\s,]+/).map(Number);
    return box?.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0 ? undefined : `the view ${id} needs four numbers, a positive width and height`;
  }
  return idsOf(file).has(id) ? undefined : `no element with id="${id}" in ${file.endsWith('.svg') ? 'the file' : 'the target page'}`;
}

/** Strings in a JSON-LD value, with the key each was found under. */
function* jsonStrings(value, key = '') {
  if (typeof value === 'string') yield { key, value };
  else if (Array.isArray(value)) for (const v of value) yield* jsonStrings(v, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* jsonStrings(v, k);
}

/**
 * Every reference in the built site: { from, where, raw, base, pathOnly }. `from` is the URL path of
 * the file it is in, `where` names the element and attribute (or the file kind).
 */
export function collectReferences(dist, origin) {
  const refs = [];
  for (const { file, path } of htmlPages(dist)) {
    const base = origin + path;
    const { doc } = documentOf(file);
    for (const el of elements(doc)) {
      for (const name of urlAttributes[el.tagName] ?? []) {
        const value = attr(el, name);
        if (value === undefined) continue;
        const where = `<${el.tagName} ${name}>`;
        if (srcsetAttributes.has(name)) for (const u of srcsetUrls(value)) refs.push({ from: path, where, raw: u, base });
        else refs.push({ from: path, where, raw: value, base, text: el.tagName === 'a' ? textOf(el).trim().slice(0, 60) : undefined });
      }
      if (el.tagName === 'meta' && urlMeta.has(attr(el, 'property') ?? attr(el, 'name') ?? '')) {
        refs.push({ from: path, where: `<meta property="${attr(el, 'property') ?? attr(el, 'name')}">`, raw: attr(el, 'content') ?? '', base });
      }
      const style = attr(el, 'style');
      if (style) for (const u of cssUrls(style)) refs.push({ from: path, where: `<${el.tagName} style>`, raw: u, base });
      if (el.tagName === 'style') for (const u of cssUrls(textOf(el))) refs.push({ from: path, where: '<style>', raw: u, base });
      if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
        let data;
        try {
          data = JSON.parse(textOf(el));
        } catch {
          continue; // reported by the structured-data gate
        }
        for (const { key, value } of jsonStrings(data)) {
          // Only absolute URLs: JSON-LD has no base URL of its own. @id values are identifiers, so
          // only their page is checked, not the fragment.
          // The vocabulary (the context, enumeration members such as schema.org/EventScheduled) is not a
          // link; the structured-data gate checks those terms.
          if (key === '@context' || !/^https?:\/\//.test(value) || /^https?:\/\/schema\.org\//.test(value)) continue;
          refs.push({ from: path, where: `JSON-LD "${key}"`, raw: value, base, pathOnly: true });
        }
      }
    }
  }
  for (const file of walk(dist)) {
    const rel = relative(dist, file);
    if (rel.startsWith('pagefind/')) continue; // Pagefind's own index, checked by the search tests
    const from = pathOfFile(dist, file);
    const base = origin + from;
    if (file.endsWith('.css')) {
      for (const u of cssUrls(readFileSync(file, 'utf8'))) refs.push({ from, where: 'CSS url()', raw: u, base });
    } else if (file.endsWith('.js') && rel.startsWith('_astro/')) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g)) {
        refs.push({ from, where: 'JavaScript import', raw: m[1], base });
      }
    } else if (textExtensions.test(file)) {
      // iCalendar folds long lines (RFC 5545 3.1); unfold before looking for URLs.
      const text = readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '').replace(/&amp;/g, '&');
      const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:/[^\\s"'<>\\\\,]*)?`, 'g');
      for (const m of text.matchAll(pattern)) refs.push({ from, where: `URL in ${rel.split('.').pop()}`, raw: m[0], base, pathOnly: rel.endsWith('.json') });
    }
  }
  return refs;
}

/**
 * Checks every reference. Returns the count of internal references and fragments checked, the problems
 * ({ from, where, raw, problem }, one per distinct page and target) and the external references.
 */
export function checkLinks(dist = distDir()) {
  const origin = siteOrigin(dist);
  const refs = collectReferences(dist, origin);
  const problems = [];
  const seenProblems = new Set();
  const external = new Map();
  const schemes = new Map();
  let internal = 0;
  let fragments = 0;
  const problem = (ref, text) => {
    const key = `${ref.from}|${ref.raw}|${text}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    problems.push({ from: ref.from, where: ref.where, raw: ref.raw, text: ref.text, problem: text });
  };
  for (const ref of refs) {
    if (ref.raw.trim() === '' && ref.where !== '<form action>') continue; // href="" is the page itself
    if (ref.raw.trim().startsWith('#') && ref.where === 'CSS url()') continue; // SVG paint servers, VML behaviours
    const target = classify(ref.raw, ref.base, origin);
    if (target.type === 'invalid') {
      problem(ref, 'not a valid URL');
    } else if (target.type === 'insecure') {
      problem(ref, `links the portal over ${target.url.protocol}// instead of ${new URL(origin).protocol}//`);
    } else if (target.type === 'javascript') {
      problem(ref, 'javascript: URL instead of a link or a button');
    } else if (target.type === 'external') {
      const key = target.url.href;
      const entry = external.get(key) ?? { url: key, host: target.url.host, pages: new Set(), where: new Set(), count: 0 };
      entry.pages.add(ref.from);
      entry.where.add(ref.where);
      entry.count++;
      external.set(key, entry);
    } else if (target.type === 'internal') {
      internal++;
      const resolved = resolvePath(dist, target.url.pathname);
      if (resolved.problem) {
        problem(ref, resolved.problem);
        continue;
      }
      if (!ref.pathOnly && target.url.hash && target.url.hash !== '#') {
        fragments++;
        const why = fragmentProblem(resolved.file, target.url.hash);
        if (why) problem(ref, why);
      }
    } else if (target.type !== 'data' && target.type !== 'blob') {
      const list = schemes.get(target.type) ?? new Map();
      const entry = list.get(ref.raw) ?? { url: ref.raw, pages: new Set(), count: 0 };
      entry.pages.add(ref.from);
      entry.count++;
      list.set(ref.raw, entry);
      schemes.set(target.type, list);
    }
  }
  return { origin, references: refs.length, internal, fragments, problems, external: [...external.values()], schemes };
}

/**
 * Writes the external links as Markdown and JSON into `dir` and returns a short summary. The addresses
 * are listed, not fetched: checking them belongs to an editor's periodic review, not to CI.
 */
export function writeExternalReport(result, dir = process.env.QUALITY_REPORT_DIR ?? '.tmp/quality') {
  mkdirSync(dir, { recursive: true });
  const external = [...result.external].sort((a, b) => a.host.localeCompare(b.host) || a.url.localeCompare(b.url));
  const hosts = new Map();
  for (const e of external) {
    const h = hosts.get(e.host) ?? { host: e.host, urls: 0, links: 0 };
    h.urls++;
    h.links += e.count;
    hosts.set(e.host, h);
  }
  const links = external.reduce((n, e) => n + e.count, 0);
  const other = [...result.schemes].map(([scheme, list]) => `${scheme}: ${list.size}`).join(', ') || 'none';
  const summary =
    `${links} links to ${external.length} distinct external addresses on ${hosts.size} hosts ` +
    `(other schemes, distinct: ${other}); not fetched.`;
  const md = [
    '# External links in the built site',
    '',
    `Built site: \`${distDir()}\`, origin ${result.origin}. Listed by tests/quality/links.test.ts; not fetched in CI.`,
    '',
    summary,
    '',
    '## Hosts',
    '',
    '| host | addresses | links |',
    '|---|---:|---:|',
    ...[...hosts.values()].sort((a, b) => b.links - a.links || a.host.localeCompare(b.host)).map((h) => `| ${h.host} | ${h.urls} | ${h.links} |`),
    '',
    '## Addresses',
    '',
    '| address | links | pages (first 3) |',
    '|---|---:|---|',
    ...external.map((e) => `| ${e.url.replace(/\|/g, '%7C')} | ${e.count} | ${[...e.pages].slice(0, 3).join(' ')}${e.pages.size > 3 ? ` +${e.pages.size - 3}` : ''} |`),
    '',
    ...[...result.schemes].flatMap(([scheme, list]) => [
      `## ${scheme}:`,
      '',
      ...[...list.values()].map((e) => `- ${e.url} (${e.count}× on ${[...e.pages].slice(0, 3).join(' ')}${e.pages.size > 3 ? ' …' : ''})`),
      '',
    ]),
  ].join('\n');
  const json = {
    origin: result.origin,
    external: external.map((e) => ({ url: e.url, host: e.host, count: e.count, pages: [...e.pages], where: [...e.where] })),
    schemes: Object.fromEntries([...result.schemes].map(([s, list]) => [s, [...list.values()].map((e) => ({ url: e.url, count: e.count, pages: [...e.pages] }))])),
  };
  writeFileSync(join(dir, 'external-links.md'), md);
  writeFileSync(join(dir, 'external-links.json'), JSON.stringify(json, null, 2));
  return { summary, file: join(dir, 'external-links.md'), hosts: [...hosts.values()].sort((a, b) => b.links - a.links) };
}
