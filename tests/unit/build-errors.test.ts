import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Invalid content must stop the whole build with a message naming the file and the field, and must
 * not leave a partial site behind.
 */
describe('a build with invalid content', () => {
  it('fails, names the file and the field, and leaves no output', () => {
    const outDir = '.tmp/fixture-dist';
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/invalid-content', OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    // Terminal colours (CI forces them on) would split the message; compare the plain text.
    // eslint-disable-next-line no-control-regex
    const output = (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '');
    expect(result.status).toBe(1);
    expect(output).toContain('places → de/kaputter-ort data does not match collection schema');
    expect(output).toContain('district: must be one of the 12 Stadtbezirke');
    expect(output).toContain('tests/fixtures/invalid-content/places/de/kaputter-ort.md');
    expect(existsSync(outDir)).toBe(false);
  });

  it('names the file and the field of a series whose exception is not one of its dates', () => {
    const outDir = '.tmp/fixture-dist-series';
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/invalid-series', OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    // eslint-disable-next-line no-control-regex
    const output = (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '');
    expect(result.status).toBe(1);
    expect(output).toContain('events → de/kaputte-reihe data does not match collection schema');
    expect(output).toContain('recurrence.exceptions.0.date: 2026-11-22 11:00 is not an occurrence of the rule or of dates');
    expect(output).toContain('tests/fixtures/invalid-series/events/de/kaputte-reihe.md');
    expect(existsSync(outDir)).toBe(false);
  });
});
