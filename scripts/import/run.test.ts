import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { run } from './cli';
import { readEntry, writeEntry } from './files';

/**
 * The whole import on the fixture feeds, against a copy of the real content: what it creates, that a
 * second run changes nothing, how changes, cancellations, vanished events, editors' edits and broken
 * feeds are handled.
 */
const root = '.tmp/import-test';
const content = `${root}/content`;
const feeds = `${root}/feeds`;
const sourcesFile = `${root}/event-feeds.yaml`;

function setUp() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', content, { recursive: true });
  rmSync(`${content}/sources`, { recursive: true, force: true });
  cpSync('tests/fixtures/import/feeds', feeds, { recursive: true });
  cpSync('tests/fixtures/import/hostile', `${root}/hostile`, { recursive: true });
  const text = readFileSync('tests/fixtures/import/event-feeds.yaml', 'utf8').replaceAll('tests/fixtures/import/', `${root}/`);
  writeFileSync(sourcesFile, text);
}

async function importRun(today: string, ...extra: string[]) {
  const lines: string[] = [];
  await run(['--sources', sourcesFile, '--content', content, '--today', today, '--review-report', `${root}/review.md`, '--report', 'json', ...extra], {}, (s) => lines.push(s));
  return JSON.parse(lines.join('\n')) as Record<'created' | 'updated' | 'unchanged' | 'flagged' | 'rejected', { title: string; start: string; allDay?: true; source: string; key?: string; position?: string; reason?: string; fields?: string[] }[]>;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const entry = (lang: string, key: string) => readEntry(readFileSync(`${content}/events/${lang}/${key}.md`, 'utf8'));

describe('npm run import:events', () => {
  beforeEach(setUp);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates entries waiting for review, merges duplicates once and reports the rest', async () => {
    const report = await importRun('2026-12-07');
    expect(report.created).toHaveLength(15);
    expect(report.rejected).toHaveLength(8);
    expect(report.updated).toEqual([]);
    for (const e of [...report.created, ...report.flagged]) expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:00$/);
    expect(report.created.find((e) => e.title === 'Tag der offenen Tür')).toMatchObject({ start: '2027-05-02T00:00:00+02:00', allDay: true });
    for (const e of [...report.flagged, ...report.rejected]) expect(e.reason).toBeTruthy();
    // The concert is in the venue's feed and the aggregator's: one entry, the venue's fields first, the aggregator's price.
    const concert = entry('de', 'sinfoniekonzert-beethoven-7-2027-03-28').data;
    expect(concert).toMatchObject({ review: 'pending', start: '2027-03-28 19:00', venue: 'konzerthaus', price: { free: false, summary: '19,00 € bis 59,00 €' } });
    expect((concert.origin as { fields: Record<string, string> }).fields).toMatchObject({ start: 'konzerthaus', price: 'stadtportal', 'title.de': 'konzerthaus' });
    expect(readdirSync(`${content}/events/de`).filter((f) => f.startsWith('modellbau'))).toHaveLength(1);
    // English only: an English file with a translation note, no German file.
    expect(existsSync(`${content}/events/de/guided-tour-in-english-art-on-the-u-tower-2027-05-08.md`)).toBe(false);
    expect(entry('en', 'guided-tour-in-english-art-on-the-u-tower-2027-05-08').data).toMatchObject({ venue: 'dortmunder-u', translationNote: expect.stringMatching(/English only/) });
    const crosswalk = yaml.load(readFileSync(`${content}/sources/event-crosswalk.yaml`, 'utf8')) as { events: Record<string, string> };
    expect(crosswalk.events['konzerthaus|fuehrung-samstag@test.konzerthaus.invalid']).toBe('hausfuehrung-am-samstag-2027-03-06');
    expect(crosswalk.events['stadtportal|https://test.stadtportal.invalid/events/88121']).toBe('sinfoniekonzert-beethoven-7-2027-03-28');
    const review = readFileSync(`${root}/review.md`, 'utf8');
    for (const heading of ['## Neu', '## Geändert', '## Abgesagt', '## Aus dem Feed verschwunden', '## Doppelt', '## Abgelehnt', '## Orte ohne Zuordnung']) expect(review).toContain(heading);
    expect(review).toMatch(/Liederabend\*\* – 2027-02-14T19:30:00\+01:00 .*\n  the whole event is cancelled/);
    expect(review).toContain('Vorplatz Testgelände');
  });

  it('changes no file when run again on unchanged feeds', async () => {
    await importRun('2026-12-07');
    const before = snapshot(content);
    const second = await importRun('2026-12-09');
    expect(snapshot(content)).toEqual(before);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.flagged).toEqual([]);
    expect(second.unchanged).toHaveLength(15);
  });

  it('writes nothing in a dry run and prints one JSON object', async () => {
    const before = snapshot(content);
    const report = await importRun('2026-12-07', '--dry-run');
    expect(Object.keys(report)).toEqual(['created', 'updated', 'unchanged', 'flagged', 'rejected']);
    expect(report.created).toHaveLength(15);
    expect(snapshot(content)).toEqual(before);
  });

  it('updates a changed event for review again, keeps what an editor changed, lists cancellations', async () => {
    await importRun('2026-12-07');
    // The editor approves the concert, rewrites its title and marks the title as editorial.
    const path = `${content}/events/de/sinfoniekonzert-beethoven-7-2027-03-28.md`;
    const { data, body } = readEntry(readFileSync(path, 'utf8'));
    const origin = data.origin as { fields: Record<string, string> };
    writeFileSync(path, writeEntry({ ...data, review: 'approved', title: 'Beethovens Siebte im Konzerthaus', origin: { ...origin, fields: { ...origin.fields, 'title.de': 'editorial' } } }, body));
    // The venue moves the concert to 20:00 and cancels the open day.
    const ics = readFileSync(`${feeds}/konzerthaus.ics`, 'utf8')
      .replace('DTSTART;TZID=Europe/Berlin:20270328T190000', 'DTSTART;TZID=Europe/Berlin:20270328T200000')
      .replace('SUMMARY:Tag der offenen Tür', 'SUMMARY:Tag der offenen Tür\r\nSTATUS:CANCELLED');
    writeFileSync(`${feeds}/konzerthaus.ics`, ics);
    const report = await importRun('2026-12-10');
    const concert = report.updated.find((u) => u.key === 'sinfoniekonzert-beethoven-7-2027-03-28')!;
    expect(concert.fields).toEqual(expect.arrayContaining(['start']));
    const after = entry('de', 'sinfoniekonzert-beethoven-7-2027-03-28').data;
    expect(after).toMatchObject({ title: 'Beethovens Siebte im Konzerthaus', start: '2027-03-28 20:00', review: 'pending' });
    expect((after.origin as { fetched: string }).fetched).toBe('2026-12-10');
    expect(entry('de', 'tag-der-offenen-tuer-2027-05-02').data.status).toBe('cancelled');
    expect(readFileSync(`${root}/review.md`, 'utf8')).toMatch(/## Abgesagt\n- \*\*Tag der offenen Tür\*\*/);
  });

  it('flags an event that left its feed once and keeps its entry', async () => {
    await importRun('2026-12-07');
    const ics = readFileSync(`${feeds}/konzerthaus.ics`, 'utf8').replace(/BEGIN:VEVENT\r?\n(?:(?!END:VEVENT)[\s\S])*?UID:jazz-foyer[\s\S]*?END:VEVENT\r?\n/, '');
    writeFileSync(`${feeds}/konzerthaus.ics`, ics);
    const report = await importRun('2026-12-11');
    expect(report.flagged).toEqual([expect.objectContaining({ key: 'jazz-im-foyer-2027-03-27', reason: expect.stringMatching(/no longer in the feed of konzerthaus/) })]);
    expect((entry('de', 'jazz-im-foyer-2027-03-27').data.origin as { vanished: string }).vanished).toBe('2026-12-11');
    const before = snapshot(content);
    const again = await importRun('2026-12-12');
    expect(again.flagged).toEqual([]);
    expect(snapshot(content)).toEqual(before);
  });

  /** Declares the konzerthaus source anew (another file, a URL, limits) for the next run. */
  const redeclare = (change: (block: string) => string) => {
    const text = readFileSync(sourcesFile, 'utf8');
    const start = text.indexOf('  - name: konzerthaus\n');
    const end = text.indexOf('  - name: ', start + 1);
    writeFileSync(sourcesFile, text.slice(0, start) + change(text.slice(start, end)) + text.slice(end));
  };

  it.each([
    ['fails to parse', () => writeFileSync(`${feeds}/konzerthaus.ics`, readFileSync('tests/fixtures/import/hostile/broken.ics')), /could not be parsed/, /^line 8$/],
    ['is cut off (JSON-LD)', () => {
      redeclare((b) => b.replace('format: ics', 'format: jsonld').replace('feeds/konzerthaus.ics', 'hostile/broken.json'));
    }, /JSON could not be parsed/, /^JSON, line 1 column 122$/],
    ['exceeds its size limit', () => redeclare((b) => `${b}    limits: { maxBytes: 2000 }\n`), /more than the limit of 2000; nothing was taken/, /konzerthaus\.ics$/],
    ['exceeds its count limit', () => redeclare((b) => `${b}    limits: { maxEvents: 3 }\n`), /more than the limit of 3/, /.+/],
  ] as const)('reports a feed that %s with source and position and leaves every entry as it was', async (_what, breakIt, reason, position) => {
    await importRun('2026-12-07');
    const before = snapshot(content);
    breakIt();
    const report = await importRun('2026-12-08');
    const problem = report.rejected.find((r) => r.source === 'konzerthaus') as { reason: string; position: string } | undefined;
    expect(problem?.reason).toMatch(reason);
    expect(problem?.position).toMatch(position);
    // Nothing of the feed is judged vanished, updated or created; the other sources still run.
    expect([...report.flagged, ...report.updated, ...report.created].filter((f) => f.source === 'konzerthaus')).toEqual([]);
    expect(report.unchanged.length).toBeGreaterThan(5);
    expect(snapshot(content)).toEqual(before);
  });

  it('reports a feed that times out with its address and leaves every entry as it was', async () => {
    await importRun('2026-12-07');
    const before = snapshot(content);
    // Answers only after 3 s; the source allows 0.3 s.
    const feed = readFileSync(`${feeds}/konzerthaus.ics`);
    const timers: NodeJS.Timeout[] = [];
    const server = createServer((_req, res) => void timers.push(setTimeout(() => res.end(feed), 3000)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kalender.ics`;
    try {
      redeclare((b) => `${b.replace(/    file: .*\n/, `    url: ${url}\n`)}    limits: { timeoutSeconds: 0.3 }\n`);
      const report = await importRun('2026-12-08');
      expect(report.rejected).toContainEqual(expect.objectContaining({ source: 'konzerthaus', position: 'feed', reason: `${url}: no complete answer within 0.3 s (timeout)` }));
      expect([...report.flagged, ...report.updated].filter((f) => f.source === 'konzerthaus')).toEqual([]);
      expect(snapshot(content)).toEqual(before);
    } finally {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close();
    }
  });

  it('takes a hostile event as plain text, touching only its own entry; an event posing as an editorial one changes nothing', async () => {
    await importRun('2026-12-07');
    const before = snapshot(content);
    const hostile = readFileSync('tests/fixtures/import/hostile/hostile.ics', 'utf8');
    const payload = /DESCRIPTION:<p>Ein Abend[\s\S]*?(?=\r?\nURL:)/.exec(hostile)![0];
    const ics = readFileSync(`${feeds}/konzerthaus.ics`, 'utf8')
      // The concert's description becomes the hostile markup, its web address a script.
      .replace(/DESCRIPTION:Sinfoniekonzert[^]*?(?=\r?\nLOCATION:Konzerthaus Dortmund\r?\nSUMMARY:Sinfoniekonzert)/, `${payload}\r\nURL:javascript:alert(1)`)
      .replace(/URL:https:\/\/test\.konzerthaus\.invalid\/sinfonie-7[^\r\n]*\r?\n/, '')
      // An event that claims to be the editors' Mayday entry.
      .replace('END:VCALENDAR', ['BEGIN:VEVENT', 'UID:fake-mayday@test.invalid', 'DTSTAMP:20261201T080000Z', 'DTSTART;VALUE=DATE:20270430', 'SUMMARY:Mayday 2027', 'LOCATION:Westfalenhallen', 'DESCRIPTION:<script>alert(1)</script>Alles neu', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));
    writeFileSync(`${feeds}/konzerthaus.ics`, ics);
    const report = await importRun('2026-12-08');
    expect(report.updated.map((u) => u.key)).toEqual(['sinfoniekonzert-beethoven-7-2027-03-28']);
    expect(report.created).toEqual([]);
    expect(report.flagged).toContainEqual(expect.objectContaining({ title: 'Mayday 2027', key: 'mayday-2027', reason: expect.stringMatching(/editorial entry "mayday-2027"/) }));
    const after = snapshot(content);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    expect(changed).toEqual([`${content}/events/de/sinfoniekonzert-beethoven-7-2027-03-28.md`, `${content}/sources/event-crosswalk.yaml`]);
    const { data, body } = entry('de', 'sinfoniekonzert-beethoven-7-2027-03-28');
    const text = `${body}\n${data.description}\n${data.website}`;
    expect(text).not.toMatch(/<(?!https:)|javascript:|onclick|onerror|evil\.invalid|utm_|gclid|\u202e/i);
    expect(body).toContain('[Karten](<https://test.invalid/karten?reihe=5>)');
    expect(data.review).toBe('pending');
    expect((data.origin as { notes: string[] }).notes).toContain('konzerthaus: web address dropped ("javascript:" is not a safe web address)');
  });

  it('does not duplicate an editorial entry: the editorial entry stays as it is', async () => {
    writeFileSync(
      `${feeds}/verein.csv`,
      '\ufeffid;titel;beginn_datum;ort;kategorie\r\nmd-27;Mayday 2027;30.04.2027;Westfalenhallen;Musik\r\n',
    );
    const mayday = readFileSync(`${content}/events/de/mayday-2027.md`, 'utf8');
    const report = await importRun('2026-12-07');
    expect(report.flagged).toContainEqual(expect.objectContaining({ title: 'Mayday 2027', key: 'mayday-2027', reason: expect.stringMatching(/editorial entry "mayday-2027"/) }));
    expect(report.created.map((c) => c.title)).not.toContain('Mayday 2027');
    expect(readFileSync(`${content}/events/de/mayday-2027.md`, 'utf8')).toBe(mayday);
    const again = await importRun('2026-12-08');
    expect(again.unchanged).toContainEqual(expect.objectContaining({ key: 'mayday-2027' }));
  });
});
