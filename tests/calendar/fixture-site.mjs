#!/usr/bin/env node
/**
 * Builds the site with the real content into .tmp/calendar-dist for a pinned build date, so that the
 * calendar tests (tests/calendar/) can look at a real series with a cancelled and a moved date (the
 * Hansamarkt on Saturdays) as it was on that day. Files in tests/fixtures/calendar, if any, are
 * added to the content (never shipped).
 *
 *   node tests/calendar/fixture-site.mjs          builds unless .tmp/calendar-dist is newer than the sources
 *   node tests/calendar/fixture-site.mjs --force  always builds
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const fixtureBuildTime = '2026-12-07T07:00:00Z';
export const fixtureDist = '.tmp/calendar-dist';
const work = '.tmp/calendar-site';
const fixtures = 'tests/fixtures/calendar';

/** Newest modification time below a folder. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

export function buildFixtureSite({ force = false } = {}) {
  const stamp = join(fixtureDist, 'index.html');
  if (!force && existsSync(stamp)) {
    const built = statSync(stamp).mtimeMs;
    if (['src', 'content', fixtures].filter((d) => existsSync(d)).every((d) => newest(d) < built)) return;
  }
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('content', join(work, 'content'), { recursive: true });
  if (existsSync(fixtures)) cpSync(fixtures, join(work, 'content'), { recursive: true });
  // Content files refer to artwork as ../../../src/assets/…, relative to content/<collection>/<lang>/.
  symlinkSync(resolve('src'), join(work, 'src'));
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: join(work, 'content'), OUT_DIR: fixtureDist, BUILD_TIME: fixtureBuildTime, ASTRO_CACHE_DIR: '.tmp/calendar-astro-cache' },
  });
  if (result.status !== 0) throw new Error('The calendar fixture site did not build; see the output above.');
}

if (import.meta.url === `file://${process.argv[1]}`) buildFixtureSite({ force: process.argv.includes('--force') });
