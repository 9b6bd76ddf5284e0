#!/usr/bin/env node
/**
 * Writes what a server needs besides the built pages, from the built site and deploy/redirects/:
 *
 *   dist/_headers, dist/_redirects           Netlify and Cloudflare Pages
 *   deploy/generated/nginx/*.conf            included by deploy/nginx/ (headers with CSP hashes, maps)
 *   deploy/generated/redirects.json          the resolved table, for a CDN's edge function
 *   deploy/generated/cloudflare-bulk-redirects.csv   for Cloudflare Bulk Redirects (former hosts)
 *
 * The build runs it after Pagefind (scripts/deploy/postbuild.mjs); the nginx runner runs it again
 * into its own folder, so what nginx serves always matches the pages it serves. Usage:
 *   node scripts/deploy/generate.mjs [--dist dist] [--out deploy/generated]
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CACHE_RULES, CSP_LENGTH_WARNING, DEFAULT_CACHE, collectInlineSources, contentSecurityPolicy, securityHeaders } from './lib/headers.mjs';
import { MAX_WORDS, MOVED_PAGE, SEGMENT_PATTERN, loadRedirects, rowKeys } from './lib/redirects.mjs';
import { adminHeaders } from '../admin/headers.mjs';

const FALLBACK_ORIGIN = 'https://www.dortmund.example';

/** The portal's public origin, as the build wrote it into the sitemap (SITE_URL). */
export function siteOrigin(dist) {
  for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) {
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(path, 'utf8'));
    if (loc) return new URL(loc[1]).origin;
  }
  return new URL(process.env.SITE_URL ?? FALLBACK_ORIGIN).origin;
}

/**
 * Addresses of the built site's real pages (not 404.html, not Astro's meta-refresh redirect pages):
 * on a former host, such an address is answered with a 301 to the same page of the portal.
 */
export function portalPages(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name === 'index.html' ? [path] : [];
    });
  return walk(dist)
    .filter((file) => !/<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 600)))
    .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
    .sort();
}

const q = (s) => `"${s}"`;
const header = (what) => `# ${what}\n# Written by scripts/deploy/generate.mjs from the built site and deploy/redirects/. Do not edit: change the sources and build again.\n`;

/** The other spelling of a host: with www. if it has none, without if it has. */
const toggleWww = (host) => (host.startsWith('www.') ? host.slice(4) : `www.${host}`);

/** Names nginx answers for a former host: the bare domain and www. for two-label domains, the name alone for subdomains. */
function legacyNames(hosts) {
  return hosts.flatMap((h) => (h.split('.').length === 2 ? [h, `www.${h}`] : [h]));
}

function mapValue(row) {
  return row.status === 410 ? '410' : `301 ${row.target}`;
}

/** nginx maps: origin, cache rules, the redirect table, and the words of unknown old paths. */
function nginxMaps(data, origin, pages) {
  const lines = [header('http-level maps of the Dortmund portal; included by deploy/nginx/http.conf')];
  lines.push(`map $host $do_portal_origin {\n  default ${q(origin)};\n}\n`);
  lines.push('# Pages of the portal: on a former host they are answered with a 301 to the portal.');
  lines.push(`map $uri $do_portal_page {\n  default "";\n${pages.map((p) => `  ${q(p)} 1;`).join('\n')}\n}\n`);

  lines.push('map $uri $do_cache_control {');
  lines.push(`  default ${q(DEFAULT_CACHE)};`);
  for (const r of CACHE_RULES) if (r.pattern) lines.push(`  ${q(`~${r.pattern}`)} ${q(r.value)};`);
  lines.push('}\n');

  const byQuery = [];
  const byPath = [];
  for (const row of data.rows) {
    for (const k of rowKeys(row, data)) (row.query ? byQuery : byPath).push(`  ${q(k)} ${q(mapValue(row))};`);
  }
  for (const rule of data.rules) (rule.withQuery ? byQuery : byPath).push(`  ${q(`~*${rule.source}`)} ${q(mapValue(rule))};  # ${rule.name}`);
  lines.push('# Exact old addresses with their query string, then rules with a query pattern.');
  lines.push(`map "$do_legacy_host$uri?$args" $do_legacy_by_query {\n  default "";\n${byQuery.join('\n')}\n}\n`);
  lines.push('# Exact old addresses by path (any query string), then rules by path. Exact strings win over patterns; patterns in order.');
  lines.push(`map "$do_legacy_host$uri" $do_legacy_by_path {\n  default "";\n${byPath.join('\n')}\n}\n`);

  // Words of the last meaningful segment, for the moved page's search field (same pattern as wordsOfPath()).
  lines.push('# Unknown old addresses: the words of their last meaningful segment go to the moved page as ?q=.');
  lines.push(`map $uri $do_legacy_segment {\n  ${q(`~${SEGMENT_PATTERN.replace('(?<seg>', '(?<do_seg>')}`)} $do_seg;\n  default "";\n}\n`);
  const word = (i) => `(?<do_w${i}>[A-Za-z0-9]+)`;
  const words = ['map $do_legacy_segment $do_legacy_words {'];
  for (let n = MAX_WORDS; n >= 1; n--) {
    const pattern = `^${Array.from({ length: n }, (_, i) => word(i + 1)).join('[-_]+')}${n === MAX_WORDS ? '' : '$'}`;
    words.push(`  ${q(`~${pattern}`)} ${q(Array.from({ length: n }, (_, i) => `$do_w${i + 1}`).join('+'))};`);
  }
  words.push('  default "";\n}\n');
  lines.push(words.join('\n'));
  lines.push(
    `map "$do_lang:$do_legacy_words" $do_legacy_fallback {\n  "~^en:$" ${q(MOVED_PAGE.en)};\n  "~^de:$" ${q(MOVED_PAGE.de)};\n  "~^en:(?<do_fq>.+)$" ${q(`${MOVED_PAGE.en}?q=$do_fq`)};\n  "~^de:(?<do_fq>.+)$" ${q(`${MOVED_PAGE.de}?q=$do_fq`)};\n}\n`,
  );

  // The moved page shows ?q= in its search field only when it is what the fallback writes: letters and digits.
  const mw = (i) => `(?<do_m${i}>[A-Za-z0-9]{1,40})`;
  const moved = ['# Words for the moved page\'s search field: only what the fallback above writes (letters, digits, "+").', 'map $arg_q $do_moved_words {', '  default "";'];
  for (let n = MAX_WORDS; n >= 1; n--) {
    const pattern = `^${Array.from({ length: n }, (_, i) => mw(i + 1)).join('(?:\\+|%20)')}$`;
    moved.push(`  ${q(`~${pattern}`)} ${q(Array.from({ length: n }, (_, i) => `$do_m${i + 1}`).join(' '))};`);
  }
  moved.push('}\n');
  lines.push(moved.join('\n'));
  return lines.join('\n');
}

function headersFile(headers, admin) {
  const out = [header('Response headers for Netlify and Cloudflare Pages (same values as nginx).').trimEnd(), '/*'];
  for (const [name, value] of headers) out.push(`  ${name}: ${value}`);
  // Both hosts add the headers of every matching block: /admin/ gets noindex here, its CSP comes from
  // the page's <meta> (a second policy can only narrow the first; see doc/editing.md).
  out.push('/admin/*');
  for (const [name, value] of admin) if (name === 'X-Robots-Tag') out.push(`  ${name}: ${value}`);
  for (const r of CACHE_RULES) if (r.headersFile) out.push(r.glob, `  Cache-Control: ${r.value}`);
  return `${out.join('\n')}\n`;
}

/** Netlify's _redirects: exact rows, rule prefixes, then each former host's fallback to the moved page. */
function redirectsFile(data, origin, dist) {
  const abs = (target) => (target.startsWith('/') ? `${origin}${target}` : target);
  const variants = (host) => (host.split('.').length === 2 ? [host, `www.${host}`] : [host]);
  const froms = (host, path) => variants(host).flatMap((h) => [`https://${h}${path}`, `http://${h}${path}`]);
  const out = [
    header('Redirects of the former sites for Netlify (domain aliases of the site). Cloudflare Pages cannot redirect other hosts here: see doc/deploy.md.').trimEnd(),
  ];
  out.push('# Exact addresses of the former sites');
  for (const row of data.rows) {
    const query = row.query ? `  ${row.query.split('&').join(' ')}` : '';
    for (const from of froms(row.host, row.path)) {
      out.push(row.status === 410 ? `${from}${query}  ${MOVED_PAGE[row.lang]}  410!` : `${from}${query}  ${abs(row.target)}  301!`);
    }
  }
  out.push('# Patterns (coarser than nginx: prefixes only)');
  for (const rule of data.rules) {
    for (const splat of rule.splat ?? []) {
      for (const host of rule.hosts) for (const from of froms(host, splat)) out.push(`${from}  ${abs(rule.target)}  301!`);
    }
  }
  out.push('# Anything else on a former host: its assets for the moved page, then the moved page');
  for (const host of data.hosts) {
    for (const from of froms(host, '/_astro/*')) out.push(`${from}  /_astro/:splat  200!`);
    for (const from of froms(host, '/en/*')) out.push(`${from}  ${origin}${MOVED_PAGE.en}  302!`);
    for (const from of froms(host, '/*')) out.push(`${from}  ${origin}${MOVED_PAGE.de}  302!`);
  }
  // Netlify answers missing pages with /404.html by itself; an English one serves /en/.
  if (existsSync(join(dist, 'en/404.html'))) out.push('# English 404 page under /en/', '/en/*  /en/404.html  404');
  return `${out.join('\n')}\n`;
}

/** Cloudflare Bulk Redirects list (CSV import). No regular expressions, no query strings, no 410. */
function cloudflareCsv(data, origin) {
  const abs = (target) => (target.startsWith('/') ? `${origin}${target}` : target);
  const variants = (host) => (host.split('.').length === 2 ? [host, `www.${host}`] : [host]);
  const out = ['source_url,target_url,status_code,preserve_query_string,include_subdomains,subpath_matching,preserve_path_suffix'];
  const seen = new Set();
  const push = (source, target, status, subpath) => {
    if (seen.has(source)) return;
    seen.add(source);
    out.push([source, target, status, 'FALSE', 'FALSE', subpath ? 'TRUE' : 'FALSE', 'FALSE'].join(','));
  };
  for (const row of data.rows) {
    if (row.query) continue;
    for (const h of variants(row.host)) push(`${h}${row.path}`, row.status === 410 ? `${origin}${MOVED_PAGE[row.lang]}` : abs(row.target), 301, false);
  }
  for (const rule of data.rules) for (const splat of rule.splat ?? []) for (const host of rule.hosts) for (const h of variants(host)) push(`${h}${splat.slice(0, -1)}`, abs(rule.target), 301, true);
  for (const host of data.hosts) {
    for (const h of variants(host)) {
      push(`${h}/en/`, `${origin}${MOVED_PAGE.en}`, 302, true);
      push(`${h}/`, `${origin}${MOVED_PAGE.de}`, 302, true);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Generates everything. `nginxDir` receives the nginx includes; `outDir` (null: none) the JSON and the
 * Cloudflare list; `distFiles` writes _headers and _redirects into the site.
 * @param {{ dist?: string, outDir?: string | null, nginxDir?: string, distFiles?: boolean, root?: string }} [options]
 */
export function generate({ dist = 'dist', outDir = 'deploy/generated', nginxDir = join(outDir ?? 'deploy/generated', 'nginx'), distFiles = true, root = process.cwd() } = {}) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ holds no built site: run \`npm run build\` first`);
  const data = loadRedirects(root);
  const origin = siteOrigin(dist);
  const portalHost = new URL(origin).hostname;
  if (data.hosts.includes(portalHost.replace(/^www\./, ''))) {
    throw new Error(`The portal's own host ${portalHost} is one of the former hosts in deploy/redirects/; nginx could not tell them apart.`);
  }
  const inline = collectInlineSources(dist);
  const csp = contentSecurityPolicy(inline, origin);
  const headers = securityHeaders(csp);

  mkdirSync(nginxDir, { recursive: true });
  const addHeaders = (list) => list.map(([name, value]) => `add_header ${name} ${q(value)} always;`).join('\n');
  writeFileSync(join(nginxDir, 'security-headers.conf'), `${header('Security headers of the portal; included by deploy/nginx/snippets/portal-site.conf')}${addHeaders(headers)}\n`);
  writeFileSync(
    join(nginxDir, 'security-headers-other-hosts.conf'),
    `${header('Security headers of the other hosts: former sites and the portal’s other spelling (HSTS without includeSubDomains)')}${addHeaders(securityHeaders(csp, { formerHost: true }))}\n`,
  );
  // The web editor at /admin/: its own CSP (nginx replaces the server's add_header lines inside a location).
  const admin = adminHeaders(dist);
  writeFileSync(join(nginxDir, 'admin-headers.conf'), `${header('Headers of the web editor at /admin/ (scripts/admin/); included by deploy/nginx/snippets/portal-site.conf')}${addHeaders(admin)}\n`);
  writeFileSync(join(nginxDir, 'maps.conf'), nginxMaps(data, origin, portalPages(dist)));
  writeFileSync(join(nginxDir, 'portal-server-name.conf'), `${header('The portal\'s host, from SITE_URL')}server_name ${portalHost};\n`);
  writeFileSync(join(nginxDir, 'portal-alias-server-name.conf'), `${header('The other spelling of the portal\'s host; redirected to SITE_URL')}server_name ${toggleWww(portalHost)};\n`);
  writeFileSync(join(nginxDir, 'legacy-server-names.conf'), `${header('Hosts of the former sites, from deploy/redirects/')}server_name\n  ${legacyNames(data.hosts).join('\n  ')};\n`);

  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    const table = {
      origin,
      rows: data.rows.map(({ oldUrl, host, path, query, status, target, lang }) => ({ oldUrl, host, path, query, status, target, lang })),
      rules: data.rules.map(({ name, source, status, target }) => ({ name, regex: source, flags: 'i', status, target: target ?? null })),
      moved: { ...MOVED_PAGE, segment: SEGMENT_PATTERN, maxWords: MAX_WORDS },
    };
    writeFileSync(join(outDir, 'redirects.json'), `${JSON.stringify(table, null, 2)}\n`);
    writeFileSync(join(outDir, 'cloudflare-bulk-redirects.csv'), cloudflareCsv(data, origin));
  }
  if (distFiles) {
    writeFileSync(join(dist, '_headers'), headersFile(headers, admin));
    writeFileSync(join(dist, '_redirects'), redirectsFile(data, origin, dist));
  }
  return { origin, csp, headers, inline, rows: data.rows.length, rules: data.rules.length, hosts: data.hosts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  try {
    const r = generate({ dist: arg('dist', process.env.OUT_DIR ?? 'dist'), outDir: arg('out', 'deploy/generated') });
    console.log(
      `Deploy files: ${r.rows} redirect rows, ${r.rules} rules, ${r.hosts.length} former hosts; CSP ${r.csp.length} characters ` +
        `(${r.inline.scripts.size} inline scripts, ${r.inline.styles.size} inline styles, ${r.inline.styleAttrs.size} style attributes in ${r.inline.pages} pages).`,
    );
    if (r.csp.length > CSP_LENGTH_WARNING) console.warn(`Warning: the CSP is longer than ${CSP_LENGTH_WARNING} characters, the limit of CloudFront's header policies (doc/deploy.md).`);
  } catch (error) {
    console.error(`Generating the deploy files failed: ${error.message}`);
    process.exit(1);
  }
}
