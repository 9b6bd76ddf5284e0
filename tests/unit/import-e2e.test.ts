import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, BUILD_TIME: '2026-12-07T12:00:00+01:00', NO_COLOR: '1' },
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
    // Pending: no page, no .ics, not in any calendar or feed.
    expect(existsSync(`${dist}/veranstaltungen/jazz-im-foyer-2027-03-27/index.html`)).toBe(false);
    expect(existsSync(`${dist}/veranstaltungen/jazz-im-foyer-2027-03-27.ics`)).toBe(false);
    expect(page('/veranstaltungen/index.html')).not.toContain('Jazz im Foyer');
    expect(page('/veranstaltungen/kalender/alle.ics')).not.toContain('Jazz im Foyer');
    // Hostile text arrives as text: no script, frame, script link or tracking parameter.
    const hostile = page('/veranstaltungen/grosses-sommerkonzert-mit-sehr-vielen-gaesten-und-einem-der-2027-06-12/index.html');
    expect(hostile).toContain('href="https://test.invalid/karten?reihe=5"');
    expect(hostile).not.toMatch(/evil\.invalid|javascript:|onclick|onerror|utm_|gclid|<iframe/);
    // German only: in the English calendar, in German, marked as such, linking the German page.
    const en = page('/en/events/index.html');
    expect(en).toMatch(/<a href="\/veranstaltungen\/sinfoniekonzert-beethoven-7-2027-03-28\/" lang="de" hreflang="de">Sinfoniekonzert: Beethoven 7<\/a>/);
    expect(en).toContain('Listed in German only, not yet translated');
    const de = page('/veranstaltungen/index.html');
    expect(de).toMatch(/lang="en" hreflang="en">Guided tour in English: art on the U tower<\/a>/);
    expect(de).toContain('Nur auf Englisch eingetragen, noch nicht übersetzt');
    rmSync(root, { recursive: true, force: true });
  });
});
