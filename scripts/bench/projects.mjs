/**
 * The two projects the benchmark builds, both in a temporary folder:
 *
 * - a snapshot of the portal (the project copied as it is now, without node_modules, build output and
 *   caches), so
 *   the benchmark never touches the working copy: Astro writes its content store and image cache to
 *   node_modules/.astro and generated types to .astro/, which other builds in /work/main use;
 * - a bare Astro project: one content collection over the same generated Markdown, no schema, one page
 *   template that renders it, no integrations. That is the framework's own floor.
 *
 * Both use the portal's installed packages: their node_modules is a folder of links to the packages in
 * the portal's node_modules (not a link to the folder itself, so each keeps its own .astro cache).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Links every package of `from`/node_modules into `dir`/node_modules, except caches. */
export function linkNodeModules(from, dir) {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.package-lock.json'].includes(name)) continue;
    symlinkSync(resolve(from, 'node_modules', name), join(target, name));
  }
}

/** Build output, caches and version control: everything else in the project is copied. */
const notCopied = new Set(['node_modules', '.git', 'dist', '.tmp', '.astro', 'test-results', 'playwright-report']);

/** Copies the portal's sources (everything the config and build may read) into `dir` and links its packages. */
export function preparePortal(root, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (notCopied.has(name) || name.startsWith('dist-')) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(root, dir);
}

/** Clears Astro's content store (not the image cache), so every build syncs its content from scratch. */
export function clearContentStore(dir) {
  rmSync(join(dir, 'node_modules/.astro/data-store.json'), { force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
}

/** A minimal Astro project rendering every generated Markdown file below `contentDir` as a page. */
export function prepareBare(root, dir, contentDir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  linkNodeModules(root, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example', trailingSlash: 'always', build: { format: 'directory' }, outDir: process.env.OUT_DIR ?? './dist' });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The generated entries only (bench-*), in both languages, without a schema: the framework's floor.
export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '{places,news,events}/{de,en}/bench-*.md', base: ${JSON.stringify(resolve(contentDir))} }) }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!DOCTYPE html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
    <meta name="description" content={entry.data.description} />
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.description}</p>
      <Content />
    </main>
  </body>
</html>
`,
  );
}
