import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

/**
 * npm run content:report on a small content folder with one case of each finding
 * (tests/quality/fixtures/content-report), as of a fixed day.
 */
function report(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/content-report.mjs', '--today', '2026-11-26', ...args], {
    env: { ...process.env, CONTENT_DIR: 'tests/quality/fixtures/content-report' },
    encoding: 'utf8',
  });
}

describe('the content report', () => {
  const result = report('--json');
  const data = JSON.parse(result.stdout);

  it('exits 0: it is a report, not a gate', () => {
    expect(result.status).toBe(0);
    expect(report().status).toBe(0);
  });

  it('lists entries without owner and entries overdue for review', () => {
    expect(data.missingGovernance).toEqual([{ file: 'tests/quality/fixtures/content-report/places/de/nur-deutsch.md', missing: ['owner'] }]);
    expect(data.overdue.map((o: { file: string }) => o.file)).toEqual(['tests/quality/fixtures/content-report/places/de/alter-ort.md']);
  });

  it('lists missing translations, but not those with a translationNote', () => {
    expect(data.missingTranslations.map((m: { key: string; missing: string }) => `${m.key} ${m.missing}`)).toEqual(['german-only en']);
    expect(data.notedTranslations.map((m: { key: string }) => m.key)).toEqual(['sign-language']);
  });

  it('lists entries without sources, stale figures and stale "Stand" dates', () => {
    expect(data.withoutSources.map((w: { file: string }) => w.file.split('/').slice(-3).join('/'))).toEqual(['pages/de/gebaerdensprache.md', 'places/de/nur-deutsch.md']);
    expect(data.staleFigures.map((f: { key: string }) => f.key)).toEqual(['old-figure']);
    expect(data.staleFacts.map((f: { field: string }) => f.field)).toEqual(['admission']);
  });

  it('names the places without opening hours', () => {
    expect(data.placesWithoutHours.map((p: { file: string }) => p.file.split('/').slice(-3).join('/'))).toEqual(['places/de/nur-deutsch.md', 'places/en/old-place.md']);
  });

  it('prints a readable summary', () => {
    const text = report().stdout;
    expect(text).toContain('overdue for review .......... 1 (redaktion-tourismus 1)');
    expect(text).toContain('missing translations ........ 1');
  });
});
