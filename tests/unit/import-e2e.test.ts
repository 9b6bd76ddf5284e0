import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { readEntry, writeEntry } from '../../scripts/import/files';
import { submissionCsv } from '../../src/lib/eventCsv';
import { goodSubmission } from '../fixtures/import/submission';

/**
 * From feed to built page: the importer runs on fixture feeds and on a file from the partners' form
 * against a copy of the content, an editor approves some entries, and the site is built from that
 * copy (CONTENT_DIR). Approved events get a page and an .ics file; pending ones appear nowhere; an
 * event in German only is listed in the English calendar in German, with a notice.
 */
const root = '.tmp/import-e2e';
const content = `${root}/content`;
const dist = `${root}/dist`;

function importRun() {
  const result = spawnSync(process.execPath, ['scripts/import/events.mjs', '--sources', `${root}/event-feeds.yaml`, '--content', content, '--today', '2026-12-07', '--review-report', `${root}/review.md`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

function approve(lang: string, key: string) {
  const path = `${content}/events/${lang}/${key}.md`;
  const { data, body } = readEntry(readFileSync(path, 'utf8'));
  writeFileSync(path, writeEntry({ ...data, review: 'approved', reviewed: '2026-12-08' }, body));
}

describe('an imported event, from feed to built page and .ics', () => {
  it('is published only once approved, with its page, its .ics and its listing in both calendars', () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync('content', content, { recursive: true });
    // Content files refer to artwork as ../../../src/assets/…, relative to content/<collection>/<lang>/.
    symlinkSync(resolve('src'), `${root}/src`);
    writeFileSync(`${content}/sources/eingang/fruehlingsfest.csv`, submissionCsv(goodSubmission));
    const sources = readFileSync('tests/fixtures/import/event-feeds.yaml', 'utf8')
      .split('\n  - name: ')
      .filter((block, i) => i === 0 || /^(konzerthaus|stadtportal|feindlich)\n/.test(block))
      .join('\n  - name: ');
    writeFileSync(
      `${root}/event-feeds.yaml`,
      `${sources}\n  - name: formular\n    title: Formular\n    format: csv\n    file: ${content}/sources/eingang\n    language: de\n    licence: Einsendung\n    attribution: { name: Einsendung an den Veranstaltungskalender, url: "https://www.dortmund.example/veranstaltungen/melden/" }\n    defaults: { pillar: events, owner: online-redaktion }\n    trust: partner\n`,
    );
    expect(importRun()).toMatch(/^10 created, 0 updated, 0 unchanged, 8 flagged, 1 rejected\./);
    expect(importRun()).toMatch(/^0 created, 0 updated, 10 unchanged, 0 flagged, 1 rejected\./);
    approve('de', 'sinfoniekonzert-beethoven-7-2027-03-28');
    approve('de', 'fruehlingsfest-mit-flohmarkt-2027-05-15');
    approve('de', 'hausfuehrung-am-samstag-2027-03-06');
    approve('de', 'grosses-sommerkonzert-mit-sehr-vielen-gaesten-und-einem-der-2027-06-12');
    approve('en', 'guided-tour-in-english-art-on-the-u-tower-2027-05-08');
    // jazz-im-foyer-2027-03-27 stays pending.

    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      // Its own Astro cache, so that the copy's content never lands in the cache of the ordinary build.
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: `${root}-astro-cache`, BUILD_TIME: '2026-12-07T12:00:00+01:00', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-3000)).toBe(0);

    const page = (path: string) => readFileSync(`${dist}${path}`, 'utf8');
    const concert = page('/veranstaltungen/sinfoniekonzert-beethoven-7-2027-03-28/index.html');
    expect(concert).toContain('Sinfoniekonzert: Beethoven 7');
    const ics = page('/veranstaltungen/sinfoniekonzert-beethoven-7-2027-03-28.ics');
    expect(ics).toContain('SUMMARY:Sinfoniekonzert: Beethoven 7');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Berlin:20270328T190000/);
    // The form's event.
    expect(page('/veranstaltungen/fruehlingsfest-mit-flohmarkt-2027-05-15/index.html')).toContain('Frühlingsfest mit Flohmarkt');
    expect(page('/veranstaltungen/fruehlingsfest-mit-flohmarkt-2027-05-15.ics')).toMatch(/DTSTART;TZID=Europe\/Berlin:20270515T110000/);
    expect(existsSync(`${dist}/veranstaltungen/hausfuehrung-am-samstag-2027-03-06/index.html`)).toBe(true);
    // The feed's weekly series with its EXDATE, a moved date and a cancelled one (RECURRENCE-ID) comes out of the built .ics the same.
    const tours = new ICAL.Component(ICAL.parse(page('/veranstaltungen/hausfuehrung-am-samstag-2027-03-06.ics'))).getAllSubcomponents('vevent');
    const master = tours.find((v) => !v.hasProperty('recurrence-id'))!;
    expect(String(master.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=WEEKLY;.*BYDAY=SA/);
    expect(master.getAllProperties('exdate').map((p) => String(p.getFirstValue()))).toEqual(['2027-04-03T11:00:00']);
    const overrides = Object.fromEntries(tours.filter((v) => v.hasProperty('recurrence-id')).map((v) => [String(v.getFirstPropertyValue('recurrence-id')), `${v.getFirstPropertyValue('dtstart')} ${v.getFirstPropertyValue('status') ?? ''}`.trim()]));
    expect(overrides).toEqual({ '2027-03-20T11:00:00': '2027-03-20T14:00:00 CONFIRMED', '2027-04-10T11:00:00': '2027-04-10T11:00:00 CANCELLED' });
    // Pending: no page, no .ics, not in any calendar or feed.
    expect(existsSync(`${dist}/veranstaltungen/jazz-im-foyer-2027-03-27/index.html`)).toBe(false);
    expect(existsSync(`${dist}/veranstaltungen/jazz-im-foyer-2027-03-27.ics`)).toBe(false);
    expect(page('/veranstaltungen/index.html')).not.toContain('Jazz im Foyer');
    expect(page('/veranstaltungen/kalender/alle.ics')).not.toContain('Jazz im Foyer');
    // Hostile text arrives as text: no script, frame, script link or tracking parameter.
    const hostile = page('/veranstaltungen/grosses-sommerkonzert-mit-sehr-vielen-gaesten-und-einem-der-2027-06-12/index.html');
    expect(hostile).toContain('href="https://test.invalid/karten?reihe=5"');
    expect(hostile).not.toMatch(/evil\.invalid|javascript:|onclick|onerror|utm_|gclid|<iframe/);
    // German only: in the English calendar (its month page and the finder's data for the month), in
    // German, marked as such, linking the German page; and the other way round.
    // The card of an event on whichever numbered page of its month it falls.
    const monthCard = (month: string, title: string) => {
      const html = readdirSync(`${dist}${month}`, { recursive: true })
        .filter((f) => String(f).endsWith('index.html'))
        .map((f) => page(`${month}${f}`));
      return html.flatMap((h) => h.split('<article')).find((c) => c.includes(title)) ?? `no card "${title}" in ${month}`;
    };
    const enMarch = monthCard('/en/events/month/2027-03/', 'Sinfoniekonzert: Beethoven 7');
    expect(enMarch).toMatch(/<a href="\/veranstaltungen\/sinfoniekonzert-beethoven-7-2027-03-28\/" lang="de" hreflang="de">Sinfoniekonzert: Beethoven 7<\/a>/);
    expect(enMarch).toContain('Listed in German only, not yet translated');
    const data = JSON.parse(page('/en/events/data/2027-03-1.json')) as { entries: unknown[][] };
    expect(data.entries.find((e) => e[0] === 'Sinfoniekonzert: Beethoven 7')?.at(-1)).toBe('de');
    expect(page('/veranstaltungen/daten/2027-03-1.json')).not.toContain('Jazz im Foyer');
    expect(page('/veranstaltungen/daten/2027-03-1.json')).toContain('Sinfoniekonzert: Beethoven 7');
    expect(monthCard('/veranstaltungen/monat/2027-03/', 'Jazz im Foyer')).toBe('no card "Jazz im Foyer" in /veranstaltungen/monat/2027-03/');
    const deMay = monthCard('/veranstaltungen/monat/2027-05/', 'Guided tour in English');
    expect(deMay).toMatch(/lang="en" hreflang="en">Guided tour in English: art on the U tower<\/a>/);
    expect(deMay).toContain('Nur auf Englisch eingetragen, noch nicht übersetzt');
    rmSync(root, { recursive: true, force: true });
    // A whole site build on a shared machine takes far longer than the default test time.
  }, 900_000);
});
