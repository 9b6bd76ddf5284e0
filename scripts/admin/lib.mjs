/**
 * The web editor at /admin/ (Decap CMS, doc/adr/0008-web-editor.md): its files, its configuration
 * generated from the content schemas, and its own Content-Security-Policy. Used by the build
 * (scripts/admin/build.mjs), by `npm run edit` (scripts/admin/edit.mjs) and by the tests.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import yaml from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));

/** The editor's package and the exact version package.json pins. */
export const EDITOR_PACKAGE = 'decap-cms';
export function pinnedVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return pkg.devDependencies[EDITOR_PACKAGE];
}
export function installedVersion() {
  return JSON.parse(readFileSync(require.resolve(`${EDITOR_PACKAGE}/package.json`), 'utf8')).version;
}

/** The package's dist folder. */
export function editorDist() {
  return join(dirname(require.resolve(`${EDITOR_PACKAGE}/package.json`)), 'dist');
}

/**
 * The files the editor loads: the main bundle, the chunks it loads on demand ([id].decap-cms.js) and
 * its WebAssembly modules. Not the source maps (25 MB) nor the second copy under the name cms.js.
 */
export function editorFiles() {
  return readdirSync(editorDist())
    .filter((f) => /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/.test(f))
    .sort();
}

/**
 * Hosts the bundle names in code that only runs for features this portal does not configure (other
 * backends, Netlify Identity, Cloudinary and Uploadcare media libraries, the map widget), or only as
 * text (licences, links in error messages, XML namespaces). tests/unit/admin-bundle.test.ts fails when a
 * new version names a host not listed here, so each new one is looked at before it ships; the CSP of
 * /admin/ blocks them in any case.
 */
export const INERT_HOSTS = {
  'www.w3.org': 'XML and SVG namespaces',
  'react-dnd.github.io': 'link in an error message',
  'gitlab.com': 'default api_root of the GitLab backend; ours sets its own',
  'github.com': 'links in messages; GitHub backend (not configured)',
  'example.com': 'examples in the config schema',
  'www.opengis.net': 'GML namespaces of the map widget (not configured)',
  'json-schema.org': 'schema identifiers of the config validator',
  'react.dev': 'links in React error messages',
  'uploadcare.com': 'Uploadcare media library (not configured)',
  'try.gitea.io': 'default api_root of the Gitea backend; ours sets its own',
  'bit.ly': 'links in messages',
  'api.github.com': 'GitHub backend (not configured)',
  'api.bitbucket.org': 'Bitbucket backend (not configured)',
  'fb.me': 'links in React warnings',
  'ucarecdn.com': 'Uploadcare media library (not configured)',
  'raw.githubusercontent.com': 'schema identifier of the config validator (never fetched)',
  'npms.io': 'link in a core-js error message',
  'git.io': 'links in messages',
  'bitbucket.org': 'Bitbucket backend (not configured)',
  'api.netlify.com': 'Netlify Identity and Git Gateway (not configured)',
  'www.openstreetmap.org': 'attribution of the map widget (not configured)',
  'www.netlifystatus.com': 'status check of Git Gateway (not configured)',
  'www.githubstatus.com': 'status check of the GitHub backend (not configured)',
  'www.decapcms.org': 'link shown with the test backend (not configured)',
  'upload.uploadcare.com': 'Uploadcare media library (not configured)',
  'ucarecd.net': 'Uploadcare media library (not configured)',
  'social.uploadcare.com': 'Uploadcare media library (not configured)',
  's3.amazonaws.com': 'Uploadcare media library (not configured)',
  'redux.js.org': 'links in Redux error messages',
  'reactjs.org': 'links in React error messages',
  'openlayers.org': 'comment of the map widget (not configured)',
  'mozilla.github.io': 'link in a PDF.js message',
  'media-library.cloudinary.com': 'Cloudinary media library (not configured)',
  'material-theme.site': 'comment in a CodeMirror theme',
  'login.microsoftonline.com': 'Azure backend (not configured)',
  'html.spec.whatwg.org': 'link in a comment',
  'goo.gl': 'link in a message',
  'git-lfs.github.com': 'Git LFS pointer format (text)',
  'docs.netlify.com': 'link in a message',
  'dev.azure.com': 'Azure backend (not configured)',
  'd3dy5gmtp8yhk7.cloudfront.net': 'Pusher client of the Uploadcare media library (not configured)',
  'bitbucket.status.atlassian.com': 'status check of the Bitbucket backend (not configured)',
  'app.vssps.visualstudio.com': 'Azure backend (not configured)',
  'www.ibm.com': 'link in a comment',
  'js.pusher.com': 'Pusher client of the Uploadcare media library (not configured)',
  'dev.apollodata.com': 'link in an Apollo error message',
};

/** Host names written as http(s) URLs in a text. */
export function hostsIn(text) {
  const hosts = new Set();
  for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[/:"'`)\s]|$)/gi)) hosts.add(m[1].toLowerCase());
  return hosts;
}

/** Loads src/lib/editorConfig.ts (TypeScript) by bundling it with esbuild; packages stay external. */
export async function loadEditorConfigModule() {
  const outfile = join(root, 'node_modules/.cache/dortmund-admin/editorConfig.mjs');
  await build({
    entryPoints: [join(root, 'src/lib/editorConfig.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${statSync(outfile).mtimeMs}`);
}

/**
 * The git host the production editor logs in to and commits through. Public values only: OAuth with
 * PKCE needs no secret. Set them when building for production (doc/editing.md); the defaults follow
 * SITE_URL's example host.
 */
export function gitHostFromEnv(env = process.env) {
  return {
    name: env.EDITOR_GIT_BACKEND ?? 'gitlab',
    baseUrl: env.EDITOR_GIT_URL ?? 'https://git.dortmund.example',
    repo: env.EDITOR_REPO ?? 'stadt-dortmund/portal',
    appId: env.EDITOR_APP_ID ?? 'dortmund-portal-editor',
    branch: env.EDITOR_BRANCH ?? 'main',
  };
}

/**
 * The Content-Security-Policy of /admin/ only. The editor needs what the public pages forbid: inline
 * <style> elements (its CSS-in-JS), blob: and data: images (previews of uploads), and requests to the
 * git host. Scripts still come only from this origin, and nothing may frame the editor.
 */
export function adminContentSecurityPolicy(gitOrigins = []) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...gitOrigins],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", 'blob:', ...gitOrigins],
    ['media-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", ...gitOrigins],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The editor's page: no inline script or style (the public CSP stays as it is), noindex, its own CSP.
 * editor.css (scripts/admin/editor.css: contrast and phone layout) is a file from this origin, which
 * style-src 'self' allows; Decap's own styles are the inline <style> elements 'unsafe-inline' is for.
 */
export function adminPage(csp) {
  // frame-ancestors only works as a header (nginx, _headers); a <meta> policy ignores it with a warning.
  const meta = csp.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(meta)}">
<title>Redaktion – Dortmund-Portal</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="editor.css" rel="stylesheet">
</head>
<body data-pagefind-ignore="all">
<noscript>Der Redaktionseditor braucht JavaScript. Inhalte lassen sich auch direkt in den Dateien unter content/ ändern (doc/editing.md).</noscript>
<script src="decap-cms.js"></script>
<script src="init.js"></script>
</body>
</html>
`;
}

/**
 * The editor's start script (scripts/admin/editor-init.js, a file: the page has no inline script),
 * bundled with js-yaml and the rules generated from the schemas.
 */
export async function initScript(rules) {
  const result = await build({
    entryPoints: [join(root, 'scripts/admin/editor-init.js')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    define: { RULES: JSON.stringify(rules) },
    logLevel: 'error',
  });
  return `// Written by scripts/admin/build.mjs from scripts/admin/editor-init.js. Do not edit.\n${result.outputFiles[0].text}`;
}

/**
 * Writes the editor into `out` (dist/admin): the pinned package's files, config.yml generated from the
 * schemas, the start script, the portal's stylesheet (editor.css) and the page. `backend` is the git host (gitHostFromEnv) or, for `npm run edit` and the tests,
 * `{ proxyUrl, branch }` of the local decap-server; `gitOrigins` the hosts the CSP allows.
 */
export async function writeAdmin(out, { backend, gitOrigins }) {
  const pinned = pinnedVersion();
  const installed = installedVersion();
  if (pinned !== installed) throw new Error(`${EDITOR_PACKAGE} ${installed} is installed but package.json pins ${pinned}: run npm ci`);
  const { editorConfig, gitBackend, localBackend, collectionSpecs, requiredWhenFilled } = await loadEditorConfigModule();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const f of editorFiles()) {
    copyFileSync(join(editorDist(), f), join(out, f));
    bytes += statSync(join(out, f)).size;
  }
  const config = editorConfig(backend.proxyUrl ? localBackend(backend.proxyUrl, backend.branch) : gitBackend(backend));
  writeFileSync(join(out, 'config.yml'), `# Written by scripts/admin/build.mjs from src/schemas/ (src/lib/editorConfig.ts). Do not edit.\n${yaml.dump(config, { lineWidth: 160, noRefs: true })}`);
  const rules = Object.fromEntries(collectionSpecs.map((c) => [c.name, requiredWhenFilled(c)]).filter(([, r]) => r.length));
  writeFileSync(join(out, 'init.js'), await initScript(rules));
  copyFileSync(join(root, 'scripts/admin/editor.css'), join(out, 'editor.css'));
  const csp = adminContentSecurityPolicy(gitOrigins);
  writeFileSync(join(out, 'index.html'), adminPage(csp));
  return { files: editorFiles().length, bytes, version: installed, csp, config };
}
