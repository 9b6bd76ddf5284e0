/**
 * The redirect table of the former sites, read from deploy/redirects/: one place that nginx's map,
 * Netlify's _redirects, Cloudflare's bulk-redirect list, Astro's preview redirects and the tests are
 * all made from.
 *
 * Order of precedence, the same in nginx and in resolve():
 *   1. an exact row with its query string (…/nachricht.jsp?nid=715105)
 *   2. a rule with a query pattern
 *   3. an exact row by path (any query string, e.g. tracking parameters)
 *   4. a rule by path
 *   5. otherwise the moved page, with the words of the old path in its search field.
 * Hosts match with and without "www.", schemes do not matter, exact paths and rules ignore case
 * (nginx map strings do too), and an exact path without a file extension matches with and without its
 * trailing slash.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../../src/i18n/languages.ts';

export const TABLE_FILE = 'deploy/redirects/redirects.csv';
export const RULES_FILE = 'deploy/redirects/rules.json';
export const LEGACY_FILE = 'deploy/redirects/legacy-urls.csv';
export const PLACES_DIR = 'content/places/de';

/** Pages of the portal that answer old addresses nobody mapped, per language (src/i18n/languages.ts). */
export const MOVED_PAGE = Object.fromEntries(languages.flatMap((l) => (l.routes.moved ? [[l.code, l.routes.moved]] : [])));

/** Hosts that may be redirect targets outside the portal: the city's own site, for its services. */
export const EXTERNAL_TARGET_HOSTS = ['www.dortmund.de'];

/**
 * The last meaningful segment of an old path: not "index…", not "page", not a number, without its
 * file extension. Written once and used by nginx (generated map) and by tests, so both agree.
 */
export const SEGMENT_PATTERN =
  '^(?:.*/)?(?!(?:index|page)\\b)(?<seg>[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)(?:\\.[A-Za-z0-9]+)?(?:/(?:index\\.[A-Za-z]+|page/[0-9]+/?|[0-9]+/?)?)?$';
/** At most this many words go into the search field. */
export const MAX_WORDS = 6;

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Host as the table compares it: lower case, without a leading "www.". */
export function normalizeHost(host) {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Language of the page that answers for an old path: English for /en/…, German otherwise. */
export function langOfPath(path) {
  return /^\/en(?:\/|$)/i.test(path) ? 'en' : 'de';
}

function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Splits an address of a former site into the parts the table compares. */
export function splitOldUrl(url) {
  const u = new URL(url);
  return { scheme: u.protocol.replace(':', ''), host: normalizeHost(u.hostname), path: decodePath(u.pathname), query: u.search.replace(/^\?/, '') };
}

const key = (host, path, query) => `${host}${path}${query ? `?${query}` : ''}`.toLowerCase();

/** The same path with the trailing slash toggled, for paths that look like directories. */
function slashVariant(path) {
  if (path === '/') return null;
  const last = path.replace(/\/$/, '').split('/').pop() ?? '';
  if (/\.[A-Za-z0-9]+$/.test(last)) return null;
  return path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
}

function checkTarget(target, where) {
  if (target.startsWith('/')) {
    if (!target.endsWith('/')) throw new Error(`${where}: portal target "${target}" must end with "/" (the site uses trailing slashes)`);
    return;
  }
  let u;
  try {
    u = new URL(target);
  } catch {
    throw new Error(`${where}: target "${target}" is neither a portal path nor a URL`);
  }
  if (u.protocol !== 'https:' || !EXTERNAL_TARGET_HOSTS.includes(u.hostname)) {
    throw new Error(`${where}: external target "${target}" must be https on ${EXTERNAL_TARGET_HOSTS.join(', ')}`);
  }
}

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Characters nginx would read differently inside a double-quoted string, or that end it. */
function checkNginxSafe(pattern, where) {
  if (/["\s]|\\\\|\\[tnr]/.test(pattern)) throw new Error(`${where}: pattern may not contain quotes, white space, \\\\, \\t, \\n or \\r (nginx reads them differently)`);
}

function compileRule(rule, index) {
  const where = `${RULES_FILE} rule ${rule.name ?? index}`;
  if (!rule.name || !Array.isArray(rule.hosts) || rule.hosts.length === 0) throw new Error(`${where}: needs a name and hosts`);
  for (const h of rule.hosts) if (h !== normalizeHost(h)) throw new Error(`${where}: write host "${h}" without www. and in lower case`);
  if (!/^\^\/.*\$$/.test(rule.path)) throw new Error(`${where}: path must run from ^/ to $`);
  if (rule.query !== undefined && !/^\^.*\$$/.test(rule.query)) throw new Error(`${where}: query must run from ^ to $`);
  if (rule.status === 301) checkTarget(rule.target ?? '', where);
  else if (rule.status === 410) {
    if (rule.target) throw new Error(`${where}: a 410 has no target`);
  } else throw new Error(`${where}: status must be 301 or 410`);
  for (const s of rule.splat ?? []) if (!/^\/.*\/\*$/.test(s)) throw new Error(`${where}: splat "${s}" must start with / and end with /*`);
  const source =
    `^(?:${rule.hosts.map(escapeRegex).join('|')})` + rule.path.slice(1, -1) + (rule.query !== undefined ? `\\?${rule.query.slice(1, -1)}` : '') + '$';
  checkNginxSafe(source, where);
  let regex;
  try {
    regex = new RegExp(source, 'i');
  } catch (error) {
    throw new Error(`${where}: ${error.message}`);
  }
  return { ...rule, source, regex, withQuery: rule.query !== undefined };
}

/** German place slugs from the content folder: visit.dortmund.de/<slug>/ became /erleben/orte/<slug>/. */
function placeSlugs(root) {
  const dir = join(root, PLACES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

/**
 * Reads and checks the table, the rules and the generated place rows. Throws with the file and the
 * row on anything a server would read differently from what the table means.
 */
export function loadRedirects(root = process.cwd()) {
  const rows = [];
  const seen = new Map();
  const add = (row, where) => {
    const k = key(row.host, row.path, row.query);
    if (seen.has(k)) throw new Error(`${where}: ${row.oldUrl} is already in the table (${seen.get(k)})`);
    seen.set(k, where);
    rows.push(row);
  };
  parseCsv(readFileSync(join(root, TABLE_FILE), 'utf8')).forEach((r, i) => {
    const where = `${TABLE_FILE} line ${i + 2}`;
    let parts;
    try {
      parts = splitOldUrl(r.old_url);
    } catch {
      throw new Error(`${where}: "${r.old_url}" is not a URL`);
    }
    const status = Number(r.status);
    if (status === 301) checkTarget(r.target, where);
    else if (status === 410) {
      if (r.target) throw new Error(`${where}: a 410 has no target`);
    } else throw new Error(`${where}: status must be 301 or 410, not "${r.status}"`);
    checkNginxSafe(key(parts.host, parts.path, parts.query), where);
    add({ oldUrl: r.old_url, ...parts, status, target: status === 301 ? r.target : null, lang: langOfPath(parts.path), note: r.note, origin: 'table' }, where);
  });
  for (const slug of placeSlugs(root)) {
    const row = {
      oldUrl: `https://visit.dortmund.de/${slug}/`,
      scheme: 'https',
      host: 'visit.dortmund.de',
      path: `/${slug}/`,
      query: '',
      status: 301,
      target: `/erleben/orte/${slug}/`,
      lang: 'de',
      note: `Place page; generated from ${PLACES_DIR}/${slug}`,
      origin: 'places',
    };
    if (!seen.has(key(row.host, row.path, ''))) add(row, `${PLACES_DIR}/${slug}`);
  }
  const rulesFile = JSON.parse(readFileSync(join(root, RULES_FILE), 'utf8'));
  const rules = rulesFile.rules.map(compileRule);
  const hosts = [...new Set([...rows.map((r) => r.host), ...rules.flatMap((r) => r.hosts)])].sort();
  const legacy = parseCsv(readFileSync(join(root, LEGACY_FILE), 'utf8')).map((r) => r.old_url);
  return { rows, rules, hosts, legacy, unknownExamples: rulesFile.unknown.examples };
}

/** Exact keys of a row as nginx's maps hold them: with the slash variant where it is unambiguous. */
export function rowKeys(row, data) {
  const keys = [key(row.host, row.path, row.query)];
  const variant = slashVariant(row.path);
  if (variant && !data.rows.some((r) => key(r.host, r.path, r.query) === key(row.host, variant, row.query))) keys.push(key(row.host, variant, row.query));
  return keys;
}

/** Words of the last meaningful segment of an old path, for the moved page's search field. */
export function wordsOfPath(path) {
  const seg = new RegExp(SEGMENT_PATTERN).exec(path)?.groups?.seg ?? '';
  return seg.split(/[-_]+/).filter(Boolean).slice(0, MAX_WORDS);
}

/** Address of the moved page for an old path: the page of its language, with its words as ?q=. */
export function movedPathFor(path) {
  const words = wordsOfPath(path);
  return `${MOVED_PAGE[langOfPath(path)]}${words.length ? `?q=${words.join('+')}` : ''}`;
}

/**
 * What the servers answer for an old address: { status: 301, target } for a known page,
 * { status: 410, lang } for content that is gone, or { status: 302, target: moved page } for an
 * address nobody mapped. `via` says which step decided.
 */
export function resolve(url, data) {
  const { host, path, query } = splitOldUrl(url);
  const hit = (row, via) => ({ status: row.status, target: row.target, lang: langOfPath(path), via });
  const exact = (q) => data.rows.find((r) => (r.query.toLowerCase() === q.toLowerCase()) && rowKeys(r, data).includes(key(host, path, q)));
  if (query) {
    const row = exact(query);
    if (row) return hit(row, `exact ${row.oldUrl}`);
    const rule = data.rules.find((r) => r.withQuery && r.regex.test(`${host}${path}?${query}`));
    if (rule) return hit(rule, `rule ${rule.name}`);
  }
  const row = exact('');
  if (row) return hit(row, `exact ${row.oldUrl}`);
  const rule = data.rules.find((r) => !r.withQuery && r.regex.test(`${host}${path}`));
  if (rule) return hit(rule, `rule ${rule.name}`);
  return { status: 302, target: movedPathFor(path), lang: langOfPath(path), via: 'moved page' };
}
