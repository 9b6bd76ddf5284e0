/**
 * Reading the built site for the quality gates: which files it has, which URL path each HTML file is
 * served at, and its parsed document (parse5, the WHATWG parser, so ids and attributes are seen as a
 * browser sees them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

/** The built site: OUT_DIR as for the build, dist/ otherwise. */
export function distDir() {
  return (process.env.OUT_DIR ?? 'dist').replace(/\/$/, '');
}

/** Every file below a folder, sorted. */
export function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** URL path of a built file: dist/a/b/index.html → /a/b/, dist/404.html → /404.html. */
export function pathOfFile(dist, file) {
  const rel = relative(dist, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Elements of a parse5 tree in document order, including the contents of <template>. */
export function* elements(node) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.tagName) yield n;
    const children = n.content ? [...(n.childNodes ?? []), ...n.content.childNodes] : (n.childNodes ?? []);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Value of an attribute (any namespace prefix, so xlink:href counts as href). */
export function attr(el, name) {
  return el.attrs?.find((a) => a.name === name)?.value;
}

/** Text content of an element. */
export function textOf(el) {
  let text = '';
  for (const n of el.childNodes ?? []) text += n.nodeName === '#text' ? n.value : textOf(n);
  return text;
}

const parsed = new Map();

/** Parsed document of a built HTML file, cached: several gates read the same pages. */
export function documentOf(file) {
  let entry = parsed.get(file);
  if (!entry) {
    const html = readFileSync(file, 'utf8');
    entry = { html, doc: parse(html) };
    parsed.set(file, entry);
  }
  return entry;
}

/** Every HTML file of the site with its URL path. */
export function htmlPages(dist = distDir()) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first (or set OUT_DIR to the built site)`);
  }
  // The web editor at /admin/ is not a public page: an app shell Decap CMS fills at run time, with its
  // own tests (tests/admin/, tests/unit/admin-bundle.test.ts).
  return walk(dist)
    .filter((f) => f.endsWith('.html') && pathOfFile(dist, f) !== '/admin/')
    .map((file) => ({ file, path: pathOfFile(dist, file) }));
}

/**
 * Public origin the site was built for, read from the home page's canonical link, so that absolute
 * links to the portal itself (canonical, hreflang, JSON-LD, feeds) are checked as internal links.
 */
export function siteOrigin(dist = distDir()) {
  const { doc } = documentOf(join(dist, 'index.html'));
  for (const el of elements(doc)) {
    if (el.tagName === 'link' && attr(el, 'rel') === 'canonical') return new URL(attr(el, 'href')).origin;
  }
  return new URL(process.env.SITE_URL ?? 'https://www.dortmund.example').origin;
}
