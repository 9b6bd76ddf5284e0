#!/usr/bin/env node
/**
 * Proof that the tests do not depend on where a clone lies: clones this repository (its committed
 * HEAD) into a new private temp folder (mode 700, as a home folder or mktemp's folder is), runs the
 * system check there as `npm test` does, and serves the built site from inside that folder with the
 * local nginx (scripts/deploy/nginx.mjs), asking for pages and a precompressed asset. Started as
 * root, nginx's workers would drop to "nobody", who cannot enter the folder, and every request would
 * fail with "Permission denied"; the local config runs them as the folder's owner instead.
 *
 *   node scripts/fresh-clone.mjs [--port 8189] [--keep]
 *
 * To stay fast it puts the already built dist/ (SITE_DIR) into the clone (hard links, else a copy)
 * instead of installing and building there: `npm test` proves the build, this proves the place. Needs git, nginx and a built
 * site. tests/nginx/fresh-clone.spec.ts runs it as part of `npm run test:nginx`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const port = Number(option('port', Number(process.env.NGINX_TEST_PORT ?? 8089) + 100));
const site = resolve(repo, process.env.SITE_DIR ?? 'dist');
const started = Date.now();
const say = (line) => console.log(`fresh-clone: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** One GET to the local nginx; status, headers and body. */
function get(path, headers = {}) {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Resolves when the child prints a line matching the pattern; fails if it exits first. */
function waitFor(child, pattern, timeoutMs) {
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`no "${pattern}" within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const look = (chunk) => {
      out += chunk;
      if (pattern.test(out)) {
        clearTimeout(timer);
        done(out);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`nginx stopped (exit ${code}) before serving:\n${out}`));
    });
  });
}

async function main() {
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${site} holds no built site: run \`npm run build\` first`);
  const home = mkdtempSync(join(tmpdir(), 'dortmund-clone-'));
  let nginx;
  try {
    const mode = statSync(home).mode & 0o777;
    if (mode !== 0o700) throw new Error(`${home} has mode ${mode.toString(8)}, not 700`);
    const clone = join(home, 'portal');
    const cloned = spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
    const commit = spawnSync('git', ['-C', clone, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).stdout.trim();
    say(`cloned ${commit.slice(0, 72)} into ${clone} (parent folder mode 700, owner uid ${statSync(home).uid})`);

    // The system check, from the clone, before anything is installed there (as .ci/run runs it).
    const check = spawnSync(process.execPath, ['scripts/system-check.mjs'], { cwd: clone, encoding: 'utf8' });
    if (check.stdout) process.stdout.write(check.stdout.replace(/^(?=.)/gm, '  '));
    if (check.stderr) process.stderr.write(check.stderr.replace(/^(?=.)/gm, '  '));
    if (check.status !== 0) throw new Error(`the system check failed in the clone (exit ${check.status})`);

    // The installed packages of this checkout (the deploy scripts read the editor's YAML with js-yaml):
    // installing is `npm install`'s part, proved by CI's own fresh machine; this proves the place.
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
    // Hard links where the temp folder is on the same file system (no copying of 48 MB), else a copy.
    if (spawnSync('cp', ['-al', site, join(clone, 'dist')]).status !== 0) cpSync(site, join(clone, 'dist'), { recursive: true });
    nginx = spawn(process.execPath, ['scripts/deploy/nginx.mjs', '--port', String(port), '--dist', 'dist'], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
    await waitFor(nginx, /serves .* on http:\/\/127\.0\.0\.1:\d+\//, 30_000);
    say(`nginx serves ${join(clone, 'dist')} on port ${port}${process.getuid?.() === 0 ? ' (started as root)' : ''}`);

    // The home page, a page two levels down and a precompressed stylesheet, each byte for byte.
    const page = readdirSync(join(clone, 'dist/erleben/orte'))[0];
    const css = readdirSync(join(clone, 'dist/_astro')).find((f) => f.endsWith('.css'));
    const checks = [
      ['/', 'index.html', {}],
      [`/erleben/orte/${page}/`, `erleben/orte/${page}/index.html`, {}],
      [`/_astro/${css}`, `_astro/${css}.br`, { 'Accept-Encoding': 'br' }],
    ];
    for (const [path, file, headers] of checks) {
      const res = await get(path, headers);
      const expected = readFileSync(join(clone, 'dist', file));
      if (res.status !== 200 || !res.body.equals(expected)) throw new Error(`GET ${path}: status ${res.status}, ${res.body.length} bytes, expected 200 and the ${expected.length} bytes of dist/${file}`);
      say(`GET ${path} → 200, ${res.body.length} bytes${res.headers['content-encoding'] ? `, ${res.headers['content-encoding']}` : ''}, same as dist/${file}`);
    }
    say('passed');
  } finally {
    if (nginx && nginx.exitCode === null) {
      const stopped = new Promise((done) => nginx.on('exit', done));
      nginx.kill('SIGTERM');
      await stopped;
    }
    if (process.argv.includes('--keep')) say(`kept ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`fresh-clone: ${error.message}`);
  process.exit(1);
});
