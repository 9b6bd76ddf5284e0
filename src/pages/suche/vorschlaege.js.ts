import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * The spelling-suggestion code (src/lib/spelling.ts) as a standalone module for the search island.
 * The island imports it by URL, only after a search without results. Imported through Vite instead,
 * the island would pull in Vite's preload helper as a static import (0.8 KB gzipped on every load of
 * the search page, which must stay within 20 KB of JavaScript).
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: ['src/lib/spelling.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return new Response(result.outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
