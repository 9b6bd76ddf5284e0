#!/usr/bin/env node
/**
 * Build step of the web editor (scripts/build.mjs runs it after Pagefind, so the search index never
 * sees it): copies the pinned Decap CMS bundle into dist/admin/, writes config.yml from the content
 * schemas and the page with its own CSP. The git host comes from EDITOR_GIT_URL and friends
 * (scripts/admin/lib.mjs, doc/editing.md).
 *
 * Usage: node scripts/admin/build.mjs [dist]
 */
import { join } from 'node:path';
import { gitHostFromEnv, writeAdmin } from './lib.mjs';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const started = Date.now();
try {
  const host = gitHostFromEnv();
  const r = await writeAdmin(join(dist, 'admin'), { backend: host, gitOrigins: [new URL(host.baseUrl).origin] });
  console.log(
    `Editor: Decap CMS ${r.version}, ${r.files} files (${(r.bytes / 1024 / 1024).toFixed(1)} MB), ${r.config.collections.length} collections, ` +
      `${r.config.backend.name} at ${r.config.backend.base_url} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
} catch (error) {
  console.error(`Writing the editor into ${dist}/admin/ failed: ${error.message}`);
  process.exit(1);
}
