import { describe, expect, it } from 'vitest';
import { submissionCsv } from '../../src/lib/eventCsv';
import { goodSubmission } from '../../tests/fixtures/import/submission';
import { parseCsv } from './csv';
import { plan } from './plan';
import { validate } from './cli';
import { readEntry } from './files';
import type { Source } from './sources';

const formSource: Source = {
  name: 'formular',
  title: 'Formular',
  format: 'csv',
  file: 'content/sources/eingang',
  language: 'de',
  licence: 'Einsendung über das Formular',
  attribution: { name: 'Einsendung über das Formular', url: 'https://www.dortmund.example/veranstaltungen/melden/' },
  defaults: { pillar: 'events', owner: 'online-redaktion' },
  trust: 'partner',
};

describe("the form's file", () => {
  const csv = submissionCsv(goodSubmission);

  it('is CSV in the import layout with German conventions and without the contact address', () => {
    expect(csv.startsWith('\ufeffid;titel;beschreibung;beginn_datum;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(';15.05.2027;11:00;15.05.2027;17:00;Fredenbaumpark;');
    expect(csv).not.toContain('kontakt@test.invalid');
  });

  it('is read by the importer into a valid entry waiting for review', () => {
    const parsed = parseCsv(csv, { source: 'formular', lang: 'de', maxEvents: 10 });
    expect(parsed.rejected).toEqual([]);
    const result = plan({
      parsed: [{ source: formSource, order: 0, result: parsed, feedFailed: false }],
      aliases: {},
      places: [{ key: 'fredenbaumpark', titles: ['Fredenbaumpark', 'Fredenbaumpark'] }],
      existing: [],
      crosswalk: {},
      today: '2026-12-07',
      contentDir: 'content',
      validate,
    });
    expect(result.rejected).toEqual([]);
    expect(result.created).toEqual([{ title: 'Frühlingsfest mit Flohmarkt', start: '2027-05-15T11:00:00+02:00', source: 'formular', key: 'fruehlingsfest-mit-flohmarkt-2027-05-15' }]);
    const { data } = readEntry(result.writes[0].text);
    expect(data).toMatchObject({ venue: 'fredenbaumpark', category: 'market', price: { free: true }, review: 'pending', website: 'https://test.verein.invalid/fest', origin: { id: 'formular-fruehlingsfest-mit-flohmarkt-2027-05-15' } });
  });
});
