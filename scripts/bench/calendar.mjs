/**
 * The calendar's figures of a built site (issue 15): gzipped HTML of the calendar pages and of every
 * page, bytes per finder request, feed sizes, and how fast the event finder answers a filter change
 * in Chromium with the CPU slowed down four times (Chrome DevTools Protocol,
 * Emulation.setCPUThrottlingRate), the way a mid-range phone runs it.
 *
 *   node scripts/bench/calendar.mjs <built site> [--port 8091]    (run.mjs calls it after each build)
 *
 * The site is served by a small static server on 127.0.0.1 (files as they are, no compression: the
 * sizes above are computed separately, gzip level 9 as in scripts/budgets.mjs).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { calendarBudgets } from '../budgets.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.ics': 'text/calendar', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif' };

/** A static server for a built site: directories answer with their index.html. */
function serve(dir, port) {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.includes('..')) return res.writeHead(400).end();
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* no bundled browser */
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * In the page: the time from a visitor's input (the event's timestamp) to the first frame after the
 * finder's first change to the document (its answer: the filtered dates it has, with their count) and
 * to the frame after its last change (when it had to load more months first: all results on screen).
 */
function instrument() {
  const w = window;
  w.__finder = { start: undefined, painted: undefined };
  const arm = (e) => {
    if (w.__finder.armed && w.__finder.start === undefined) w.__finder.start = e.timeStamp;
  };
  for (const type of ['input', 'change', 'click']) document.addEventListener(type, arm, true);
  new MutationObserver(() => {
    if (w.__finder.start === undefined) return;
    const first = w.__finder.first === undefined;
    if (first) w.__finder.first = null;
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.__finder.painted = performance.now();
        if (first) w.__finder.first = w.__finder.painted;
      }, 0),
    );
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Filter changes on the events page, each timed `repeat` times (there and back). */
async function filterTimes(base, locale, { repeat = 9 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const de = locale === 'de';
    await page.goto(`${base}${de ? '/veranstaltungen/' : '/en/events/'}`);
    const status = page.getByRole('status').filter({ hasText: de ? /Termin/ : /date|event/i });
    // The finder has answered when it is not loading any more (its count says "123 Termine", or
    // "24 Termine bis Ende Dezember" when a page of dates is there) and nothing has changed on screen
    // for half a second. Checked from outside every 250 ms: Playwright's own waiting would run in the
    // page's main thread, which the measurement shares.
    const settled = async () => {
      let before;
      let quiet = 0;
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        const { painted, loading } = await page.evaluate(() => ({
          painted: window.__finder?.painted ?? null,
          loading: [...document.querySelectorAll('[role="status"]')].some((e) => /geladen|Loading/i.test(e.textContent ?? '')),
        }));
        quiet = painted === before && !loading ? quiet + 1 : 0;
        if (quiet >= 2) return;
        before = painted;
      }
    };
    await settled();
    await page.evaluate(instrument);
    // The visitor's input comes as real mouse and key events (CDP Input), located before the timing
    // starts, so that no locator work runs in the page while the finder answers.
    const centre = async (locator) => {
      await locator.scrollIntoViewIfNeeded();
      const box = await locator.boundingBox();
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const click = (locator) => async () => {
      const [x, y] = await centre(locator);
      await arm();
      await page.mouse.click(x, y);
    };
    const key = (locator, name) => async () => {
      await locator.scrollIntoViewIfNeeded();
      await locator.focus();
      await arm();
      await page.keyboard.press(name);
    };
    const arm = () => page.evaluate(() => Object.assign(window.__finder, { armed: true, start: undefined, first: undefined, painted: undefined }));
    const category = page.getByRole('combobox', { name: de ? 'Kategorie' : 'Category' });
    const district = page.getByRole('combobox', { name: de ? 'Stadtbezirk' : 'District' });
    const free = page.getByRole('checkbox', { name: de ? 'Nur Eintritt frei' : /free/i });
    const radio = (name) => page.getByRole('radio', { name });
    const all = radio(de ? 'Alle Termine' : /any time/i);
    const changes = [
      [de ? 'Kategorie Festival' : 'category festival', key(category, 'ArrowDown'), key(category, 'ArrowUp')],
      [de ? 'Nur Eintritt frei' : 'free entry only', click(free), click(free)],
      [de ? 'Stadtbezirk Innenstadt-West' : 'district Innenstadt-West', key(district, 'ArrowDown'), key(district, 'ArrowUp')],
      [de ? 'Nächste 7 Tage' : 'next 7 days', click(radio(de ? 'Nächste 7 Tage' : /next 7 days/i)), click(all)],
      [de ? 'Diesen Monat' : 'this month', click(radio(de ? 'Diesen Monat' : /this month/i)), click(all)],
    ];
    const results = [];
    for (const [name, there, back] of changes) {
      const firsts = [];
      const times = [];
      let shown = '';
      for (let i = 0; i < repeat; i++) {
        for (const action of [there, back]) {
          await action();
          await settled();
          const [first, done] = await page.evaluate(() => [window.__finder.first - window.__finder.start, window.__finder.painted - window.__finder.start]);
          if (action === there) {
            firsts.push(first);
            times.push(done);
            shown = await status.first().textContent();
          }
        }
      }
      results.push({ name, first: median(firsts), firstMax: Math.max(...firsts), median: median(times), max: Math.max(...times), runs: times.length, status: shown });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** All the figures of a built site; the browser part on `port`. */
export async function calendarFigures(dist, { port = 8091, browser = true } = {}) {
  const budgets = calendarBudgets(dist);
  const html = walk(dist).filter((f) => f.endsWith('.html')).map((f) => gz(readFileSync(f)));
  const figures = {
    calendarPages: budgets.pages.length,
    calendarHtmlMax: Math.max(...budgets.pages.map((p) => p.htmlGz)),
    calendarHtmlMedian: median(budgets.pages.map((p) => p.htmlGz)),
    heaviestCalendarPage: [...budgets.pages].sort((a, b) => b.htmlGz - a.htmlGz)[0]?.page,
    allPages: html.length,
    allHtmlMax: Math.max(...html),
    allHtmlMedian: median(html),
    pagesOver14: html.filter((b) => b > 14 * 1024).length,
    finderFiles: budgets.data.length,
    finderMax: Math.max(...budgets.data.map((d) => d.gz)),
    finderMedian: median(budgets.data.map((d) => d.gz)),
    feeds: budgets.feeds.length,
    feedMax: Math.max(...budgets.feeds.map((f) => f.bytes)),
    feedMaxGz: Math.max(...budgets.feeds.map((f) => f.gz)),
    feedTotal: budgets.feeds.reduce((s, f) => s + f.bytes, 0),
    largestFeed: [...budgets.feeds].sort((a, b) => b.bytes - a.bytes)[0]?.file,
    openData: existsSync(join(dist, 'daten/veranstaltungen.json')) ? statSync(join(dist, 'daten/veranstaltungen.json')).size : undefined,
    overPages: budgets.overPages.map((p) => p.page),
    overData: budgets.overData.map((d) => d.file),
  };
  if (browser) {
    const server = await serve(dist, port);
    try {
      figures.filters = await filterTimes(`http://127.0.0.1:${port}`, 'de');
    } catch (error) {
      figures.filterError = error.message.split('\n')[0];
    } finally {
      server.close();
    }
  }
  return figures;
}

/** The figures as Markdown lines. */
export function calendarReport(label, f) {
  const lines = [
    `${label}: ${f.calendarPages} calendar pages, gzipped HTML max ${kb(f.calendarHtmlMax)} (${f.heaviestCalendarPage}), median ${kb(f.calendarHtmlMedian)}; ` +
      `all ${f.allPages} pages max ${kb(f.allHtmlMax)}, median ${kb(f.allHtmlMedian)}, ${f.pagesOver14} over 14 KB`,
    `  finder: ${f.finderFiles} data files, per request max ${kb(f.finderMax)}, median ${kb(f.finderMedian)} gzipped; ` +
      `feeds: ${f.feeds}, largest ${kb(f.feedMax)} (${kb(f.feedMaxGz)} gzipped, ${f.largestFeed}), all together ${kb(f.feedTotal)}; open data ${f.openData === undefined ? '–' : kb(f.openData)}`,
  ];
  if (f.overPages.length || f.overData.length) lines.push(`  OVER BUDGET: ${[...f.overPages, ...f.overData].slice(0, 10).join(', ')}`);
  if (f.filters) {
    lines.push(
      `  filter change, CPU 4× slower, input to first answer on screen / to all results (median, max of ${f.filters[0]?.runs}): ` +
        f.filters.map((x) => `${x.name} ${x.first.toFixed(0)} (${x.firstMax.toFixed(0)}) / ${x.median.toFixed(0)} (${x.max.toFixed(0)}) ms → "${x.status}"`).join('; '),
    );
  }
  if (f.filterError) lines.push(`  filter timing failed: ${f.filterError}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const dist = args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? 'dist';
  const figures = await calendarFigures(dist, { port: portAt >= 0 ? Number(args[portAt + 1]) : 8091 });
  console.log(calendarReport(dist, figures));
}
