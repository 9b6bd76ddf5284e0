#!/usr/bin/env node
/**
 * Last build step, after Pagefind and its minification (scripts/build.mjs): writes the deploy files
 * (each page's style policy, CSP hashes of the final HTML, _headers, _redirects, nginx includes;
 * scripts/deploy/generate.mjs)
 * and then the .br/.gz copies (scripts/deploy/precompress.mjs), last, so that no file changes after
 * it was compressed. Exits 1 on any error, and the build removes dist/.
 *
 * Usage: node scripts/deploy/postbuild.mjs [dist]
 */
import { CSP_LENGTH_WARNING, pinPageStyles } from './lib/headers.mjs';
import { generate } from './generate.mjs';
import { precompress } from './precompress.mjs';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const started = Date.now();
try {
  // Each page's own style policy first: it changes the HTML, which everything after reads.
  const pinned = pinPageStyles(dist);
  const r = generate({ dist });
  const results = await precompress(dist);
  console.log(
    `Deploy files: CSP with ${r.inline.scripts.size} script hashes (${r.csp.length} characters), ${pinned.styles} style hashes in the pages' own policies, ` +
      `${r.rows} redirect rows and ${r.rules} rules for ${r.hosts.length} former hosts, ${results.filter((x) => !x.skipped).length} files precompressed ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  if (r.csp.length > CSP_LENGTH_WARNING) console.warn(`Warning: the CSP is longer than ${CSP_LENGTH_WARNING} characters, the limit of CloudFront's header policies (doc/deploy.md).`);
} catch (error) {
  console.error(`Deploy files for ${dist}/ failed: ${error.message}`);
  process.exit(1);
}
