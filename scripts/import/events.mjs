#!/usr/bin/env node
/**
 * Runs the event import (scripts/import/cli.ts). The importer shares the content schemas in src/ with
 * the build, which are TypeScript with extensionless imports; esbuild bundles them into one file in
 * .tmp/ first (packages stay in node_modules). See doc/editing.md and doc/deploy.md.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const outfile = resolve('.tmp/import/cli.mjs');
await build({
  entryPoints: ['scripts/import/cli.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  logLevel: 'error',
});
const { run } = await import(pathToFileURL(outfile).href);
try {
  process.exitCode = await run(process.argv.slice(2), process.env, (s) => console.log(s));
} catch (error) {
  console.error(`import:events: ${error.message}`);
  process.exitCode = 2;
}
