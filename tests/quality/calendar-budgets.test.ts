import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarBudgets, calendarLimits } from '../../scripts/budgets.mjs';
import { distDir } from './lib/dist.mjs';

/**
 * The calendar's size budgets (issue 15) over the built site: however many dates there are, every
 * page of the events section stays within 14 KB of gzipped HTML and every file the event finder loads
 * within 30 KB gzipped. Run against a large generated calendar with OUT_DIR (doc/benchmarks.md).
 */
const KB = 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe(`calendar budgets of ${distDir()}/`, () => {
  const { pages, data, feeds, overPages, overData } = calendarBudgets(distDir());

  it(`every events page is at most ${calendarLimits.htmlKb} KB of gzipped HTML`, () => {
    const sizes = pages.map((p) => p.htmlGz);
    console.log(`Calendar pages: ${pages.length}, gzipped HTML max ${(Math.max(...sizes) / KB).toFixed(1)} KB, median ${(median(sizes) / KB).toFixed(1)} KB`);
    expect(pages.map((p) => p.page)).toEqual(expect.arrayContaining(['/veranstaltungen/', '/en/events/', '/veranstaltungen/heute/', '/en/events/weekend/']));
    expect(overPages.map((p) => `${p.page}: ${(p.htmlGz / KB).toFixed(1)} KB`)).toEqual([]);
  });

  it(`every finder request is at most ${calendarLimits.finderRequestKb} KB gzipped`, () => {
    console.log(`Finder data: ${data.length} files, max ${(Math.max(...data.map((d) => d.gz)) / KB).toFixed(1)} KB gzipped; feeds: ${feeds.length}, largest ${(Math.max(...feeds.map((f) => f.bytes)) / KB).toFixed(1)} KB`);
    expect(data.filter((d) => d.lang === 'de').length).toBeGreaterThan(0);
    expect(data.filter((d) => d.lang === 'en').length).toBeGreaterThan(0);
    expect(overData.map((d) => `${d.file}: ${(d.gz / KB).toFixed(1)} KB`)).toEqual([]);
  });
});

describe('calendar budgets (self-test)', () => {
  it('names an events page and a finder file that outgrow their limits, and passes small ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-budgets-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      // Random hex does not compress much: 40,000 characters stay above 14 KB gzipped.
      write('veranstaltungen/monat/2027-05/index.html', `<!doctype html><p>${randomBytes(20_000).toString('hex')}</p>`);
      write('veranstaltungen/index.html', '<!doctype html><p>klein</p>');
      write('en/events/data/2027-05-1.json', JSON.stringify([randomBytes(40_000).toString('hex')]));
      write('en/events/data/2027-06-1.json', '[]');
      write('en/events/calendar/all.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      const result = calendarBudgets(dir);
      expect(result.pages).toHaveLength(2);
      expect(result.overPages.map((p) => p.page)).toEqual(['/veranstaltungen/monat/2027-05/']);
      expect(result.overData.map((d) => d.file)).toEqual(['/en/events/data/2027-05-1.json']);
      expect(result.feeds.map((f) => f.file)).toEqual(['/en/events/calendar/all.ics']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
