import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { generateCalendar } from '../../scripts/bench/generate.mjs';
import { occurrenceWindow, occurrences, recurrenceProblems } from '../../src/lib/recurrence';

/**
 * The calendar benchmark's fixture (scripts/bench/generate.mjs, doc/benchmarks.md) is what it claims
 * to be: 1,500 events and series whose expansion by the site's own recurrence code gives exactly 5,000
 * upcoming dates, with every kind of occurrence the calendar knows, in both languages.
 */
describe('generated calendar for the benchmark', () => {
  const buildTime = '2026-11-26T12:00:00Z';
  const dir = mkdtempSync(join(tmpdir(), 'bench-calendar-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const result = generateCalendar(join(dir, 'content'), { entries: 1500, occurrences: 5000, buildTime }, 'content');
  const local = (s: string) => s.replace(' ', 'T');
  const read = (lang: string) =>
    readdirSync(join(dir, 'content/events', lang))
      .filter((f) => f.startsWith('bench-cal-'))
      .map((f) => {
        const data = yaml.load(readFileSync(join(dir, 'content/events', lang, f), 'utf8').split('---\n')[1]) as Record<string, any>;
        const r = data.recurrence;
        return {
          start: local(data.start),
          end: local(data.end),
          status: data.status ?? 'scheduled',
          ...(r
            ? {
                recurrence: {
                  rule: r.rule,
                  except: r.except?.map(local),
                  exceptions: r.exceptions?.map((x: Record<string, string>) => ({ ...x, date: local(x.date), start: x.start && local(x.start), end: x.end && local(x.end) })),
                },
              }
            : {}),
        };
      });

  it('writes 1,500 entries per language, a fifth of them series', () => {
    expect(result).toEqual({ entries: 1500, series: 300, singles: 1200, occurrences: 5000 });
    expect(read('de')).toHaveLength(1500);
    expect(read('en')).toHaveLength(1500);
  });

  it('expands to exactly 5,000 upcoming dates, all after the build time, with moved, cancelled, excluded and tentative ones', () => {
    const window = occurrenceWindow(new Date(buildTime));
    for (const lang of ['de', 'en']) {
      const entries = read(lang);
      for (const e of entries) if (e.recurrence) expect(recurrenceProblems(e.start, e.recurrence)).toEqual([]);
      const all = entries.flatMap((e) => occurrences(e as Parameters<typeof occurrences>[0], window));
      expect(all).toHaveLength(5000);
      expect(all.every((o) => o.start > '2026-11-26T12:00')).toBe(true);
      const statuses = new Set(all.map((o) => o.status));
      expect([...statuses].sort()).toEqual(['cancelled', 'moved', 'scheduled', 'tentative']);
      expect(entries.some((e) => e.recurrence?.except?.length)).toBe(true);
    }
  });
});
