#!/usr/bin/env node
/**
 * `npm run edit`: the web editor against a local git repository (the working copy by default), for
 * developers and for the tests. It serves the same editor files and the same generated configuration
 * as the build, with Decap's local backend: decap-server in git mode, mounted on the same server, which
 * commits every saved entry to the repository (and, in the review workflow, keeps drafts on branches
 * cms/<collection>/<slug> until they are published). Only 127.0.0.1 can reach it; nothing goes online.
 *
 *   npm run edit                         working copy, http://127.0.0.1:8080/admin/
 *   EDIT_PORT=8100 GIT_REPO_DIRECTORY=/tmp/clone npm run edit
 *
 * decap-server commits with `git add .`: anything uncommitted in the repository would go into the
 * editor's commits. So it refuses a repository with uncommitted changes (EDIT_ALLOW_DIRTY=1 overrides).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAdmin } from './lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.EDIT_PORT ?? 8080);
const repo = resolve(process.env.GIT_REPO_DIRECTORY ?? process.cwd());
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

let branch;
try {
  branch = process.env.EDITOR_BRANCH ?? git('rev-parse', '--abbrev-ref', 'HEAD');
} catch {
  console.error(`${repo} is not a git repository: the editor commits every change, so it needs one.`);
  process.exit(1);
}
const dirty = git('status', '--porcelain');
if (dirty && process.env.EDIT_ALLOW_DIRTY !== '1') {
  console.error(
    `${repo} has uncommitted changes; the editor's commits would include them:\n${dirty}\n` +
      'Commit or stash them first (or set EDIT_ALLOW_DIRTY=1 if that is what you want).',
  );
  process.exit(1);
}

const out = join(root, 'node_modules/.cache/dortmund-admin/edit', String(port), 'admin');
const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
await writeAdmin(out, { backend: { proxyUrl: `http://127.0.0.1:${port}/api/v1`, branch }, gitOrigins: origins });

// decap-server reads the repository from the environment when it registers its routes.
process.env.GIT_REPO_DIRECTORY = repo;
const requireFromServer = createRequire(createRequire(join(root, 'package.json')).resolve('decap-server/package.json'));
const express = requireFromServer('express');
const { registerLocalGit } = requireFromServer('./dist/middlewares.js');

const app = express();
app.disable('x-powered-by');
app.get('/', (_req, res) => res.redirect('/admin/'));
app.use('/admin', express.static(out, { index: 'index.html' }));
await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
app.listen(port, '127.0.0.1', () => {
  console.log(`Editor: http://127.0.0.1:${port}/admin/ — commits to ${repo} on branch ${branch}. Stop with Ctrl+C.`);
});
