/**
 * The spreadsheet layout for events (doc/editing.md, "Veranstaltungen per Tabelle"), shared by the
 * importer (scripts/import/csv.ts reads it) and the partners' form (src/islands/EventSubmitForm.tsx
 * writes it). German spreadsheet conventions: semicolons, dd.mm.yyyy, decimal comma, UTF-8 with BOM,
 * so that Excel and LibreOffice open the file without an import dialogue. Written with csv-stringify.
 */
// The browser build: the Node build reads the global Buffer when it loads, which browsers lack.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { submissionTimes, type Submission } from './eventRules';

/** Columns in order (German header as written, English name also accepted when reading). */
export const csvColumns = [
  ['id', 'id'],
  ['titel', 'title'],
  ['beschreibung', 'description'],
  ['beginn_datum', 'start_date'],
  ['beginn_zeit', 'start_time'],
  ['ende_datum', 'end_date'],
  ['ende_zeit', 'end_time'],
  ['ort', 'venue'],
  ['ort_id', 'venue_id'],
  ['strasse', 'street'],
  ['plz', 'postal_code'],
  ['kategorie', 'category'],
  ['bereich', 'section'],
  ['eintritt_frei', 'free'],
  ['preis', 'price'],
  ['veranstalter', 'organiser'],
  ['veranstalter_web', 'organiser_url'],
  ['webseite', 'website'],
  ['status', 'status'],
  ['sprache', 'language'],
  ['barrierefreiheit', 'accessibility'],
  ['bild_url', 'image_url'],
  ['bild_text', 'image_alt'],
  ['bild_credit', 'image_credit'],
  ['bild_lizenz', 'image_licence'],
] as const;

export type CsvColumn = (typeof csvColumns)[number][0];

/** "2027-05-15" as "15.05.2027". */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return iso ? `${d}.${m}.${y}` : '';
}

/** A stable id for a submission, so that sending it again updates the same entry: title and first day. */
export function submissionId(s: Submission): string {
  const slug = s.title
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  return `formular-${slug}-${s.startDate}`;
}

/** One submission as a row of the layout. The contact e-mail is not part of it (it goes only to the office). */
export function submissionRow(s: Submission): Record<CsvColumn, string> {
  const { start, end } = submissionTimes(s);
  const price = s.price.trim();
  return {
    id: submissionId(s),
    titel: s.title.trim(),
    beschreibung: s.description.trim(),
    beginn_datum: germanDate(start.slice(0, 10)),
    beginn_zeit: start.slice(11, 16),
    ende_datum: end ? germanDate(end.slice(0, 10)) : '',
    ende_zeit: end ? end.slice(11, 16) : '',
    ort: s.venue.trim(),
    ort_id: '',
    strasse: s.street.trim(),
    plz: s.postalCode.trim(),
    kategorie: s.category,
    bereich: s.pillar,
    eintritt_frei: s.free ? 'ja' : 'nein',
    preis: s.free ? '' : price,
    veranstalter: s.organiser.trim(),
    veranstalter_web: '',
    webseite: s.website.trim(),
    status: 'findet statt',
    sprache: s.language,
    barrierefreiheit: s.accessibility.trim(),
    bild_url: '',
    bild_text: '',
    bild_credit: '',
    bild_lizenz: '',
  };
}

/** The CSV file of one submission: header and one row, semicolons, CRLF, with BOM. */
export function submissionCsv(s: Submission): string {
  return stringify([submissionRow(s)], {
    header: true,
    columns: csvColumns.map(([name]) => name),
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    quoted_match: /[;"\r\n]/,
  });
}
