/**
 * The spreadsheet layout for small organisers (doc/editing.md, "Veranstaltungen per Tabelle"): one
 * event per row, German spreadsheet conventions (semicolon between columns, decimal comma, dates as
 * dd.mm.yyyy, UTF-8 with or without BOM). A comma-separated file with ISO dates is read too. Parsed
 * with csv-parse; a broken row is reported with its line and the other rows are read.
 */
import { parse } from 'csv-parse/sync';
import type { ImportProblem, ParseResult } from './model';
import { normalize, type RawEvent } from './normalize';
import type { ParseOptions } from './ics';
import type { EventStatus } from './model';
import { csvColumns, type CsvColumn } from '../../src/lib/eventCsv';


const english = new Map<string, CsvColumn>(csvColumns.map(([de, en]) => [en, de]));
const required: CsvColumn[] = ['titel', 'beginn_datum'];

/** "24.12.2026", "24.12.26" or "2026-12-24" as "2026-12-24"; undefined when it is no real date. */
export function csvDate(value: string): string | undefined {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v);
  if (match) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (y < 100) y += 2000;
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "19:30", "19.30", "9:00" or "19:30 Uhr" as "19:30"; undefined when it is no time of day. */
export function csvTime(value: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*uhr)?$/i.exec(value.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** "12,50" or "12.50" or "1.234,50" as a number. */
export function csvNumber(value: string): number | undefined {
  let v = value.trim().replace(/\s|€|eur/gi, '');
  if (!v) return undefined;
  if (/,\d{1,2}$/.test(v)) v = v.replace(/\./g, '').replace(',', '.');
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Sections (pillars) by their German or English name. */
const pillarNames: Record<string, string> = { erleben: 'visit', besuchen: 'visit', kultur: 'culture', wirtschaft: 'business', veranstaltungen: 'events', aktuelles: 'news' };

const yes = /^(ja|j|yes|y|x|1|true|wahr)$/i;
const statuses: Record<string, EventStatus> = {
  '': 'scheduled', 'findet statt': 'scheduled', scheduled: 'scheduled', geplant: 'scheduled',
  abgesagt: 'cancelled', 'fällt aus': 'cancelled', cancelled: 'cancelled', canceled: 'cancelled',
  verschoben: 'moved', verlegt: 'moved', moved: 'moved', postponed: 'moved',
  vorläufig: 'tentative', vorlaeufig: 'tentative', erwartet: 'tentative', tentative: 'tentative',
};

/** The delimiter a spreadsheet used: semicolon (German Excel, LibreOffice) unless the header has none. */
function delimiterOf(text: string): string {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0];
  return header.includes(';') || !header.includes(',') ? ';' : ',';
}

export function parseCsv(text: string, options: ParseOptions): ParseResult {
  const rejected: ImportProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      columns: (header: string[]) =>
        header.map((h) => {
          const name = h.trim().toLowerCase().replace(/\s+/g, '_');
          return english.get(name) ?? name;
        }),
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      skip_records_with_error: true,
      on_skip: (error) => {
        const lines = (error as { lines?: number } | undefined)?.lines;
        if (error) rejected.push({ source: options.source, position: `line ${lines ?? '?'}`, reason: `row could not be read: ${error.message}` });
        return undefined;
      },
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    return { events: [], rejected: [...rejected, { source: options.source, position: `line ${(error as { lines?: number }).lines ?? 1}`, reason: `CSV could not be parsed: ${(error as Error).message}`, whole: true }] };
  }
  const first = records[0]?.record ?? {};
  const missing = required.filter((c) => records.length && !(c in first));
  if (missing.length) {
    return { events: [], rejected: [{ source: options.source, position: 'line 1', reason: `header lacks the column(s) ${missing.join(', ')} (see doc/editing.md)`, whole: true }] };
  }
  if (records.length > options.maxEvents) {
    return { events: [], rejected: [{ source: options.source, position: `line ${records[options.maxEvents].info.lines}`, reason: `file has ${records.length} rows, more than the limit of ${options.maxEvents}; nothing was taken from it`, whole: true }] };
  }
  const events = [];
  for (const { record: r, info } of records) {
    const position = `line ${info.lines}`;
    const get = (c: CsvColumn) => (r[c] ?? '').trim();
    const fail = (reason: string) => rejected.push({ source: options.source, position, reason, title: get('titel').slice(0, 90) || undefined });
    const startDate = csvDate(get('beginn_datum'));
    if (!startDate) {
      fail(`beginn_datum "${get('beginn_datum')}" is not a date like 24.12.2026`);
      continue;
    }
    const startTime = get('beginn_zeit') ? csvTime(get('beginn_zeit')) : '';
    if (startTime === undefined) {
      fail(`beginn_zeit "${get('beginn_zeit')}" is not a time like 19:30`);
      continue;
    }
    const endDate = get('ende_datum') ? csvDate(get('ende_datum')) : '';
    const endTime = get('ende_zeit') ? csvTime(get('ende_zeit')) : '';
    if (endDate === undefined || endTime === undefined) {
      fail(`end "${get('ende_datum')} ${get('ende_zeit')}" is not a date like 24.12.2026 and a time like 22:00`);
      continue;
    }
    const status = statuses[get('status').toLowerCase()];
    if (!status) {
      fail(`status "${get('status')}" is none of: findet statt, abgesagt, verschoben, vorläufig`);
      continue;
    }
    const start = startTime ? `${startDate} ${startTime}` : startDate;
    const end = endDate || endTime ? (startTime ? `${endDate || startDate} ${endTime || startTime}` : endDate || undefined) : undefined;
    const price = csvNumber(get('preis'));
    const free = yes.test(get('eintritt_frei')) || price === 0;
    const lang = get('sprache').toLowerCase();
    const language = lang === 'en' || lang === 'englisch' || lang === 'english' ? 'en' : lang === 'de' || lang === 'deutsch' || lang === 'german' ? 'de' : options.lang;
    const money = (n: number) => new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(n);
    const raw: RawEvent = {
      source: options.source,
      sourceId: get('id') || `${get('titel')}|${start}`,
      position,
      lang: language,
      title: get('titel'),
      description: get('beschreibung'),
      start,
      end,
      status,
      venueName: get('ort'),
      venueKey: /^[a-z0-9-]+$/.test(get('ort_id')) ? get('ort_id') : undefined,
      address: get('strasse') || get('plz') ? { street: get('strasse') || undefined, postalCode: get('plz') || undefined } : undefined,
      categoryWords: [get('kategorie')].filter(Boolean),
      price: free ? { free: true } : price !== undefined ? { free: false, summary: money(price) } : get('preis') ? { free: false, summary: get('preis') } : undefined,
      organiser: get('veranstalter') ? { name: get('veranstalter'), url: get('veranstalter_web') || undefined } : undefined,
      website: get('webseite') || undefined,
      accessibility: get('barrierefreiheit') || undefined,
      image: get('bild_url') ? { url: get('bild_url'), alt: get('bild_text') || undefined, credit: get('bild_credit') || undefined, licence: get('bild_lizenz') || undefined } : undefined,
      notes: [],
    };
    const pillar = pillarNames[get('bereich').toLowerCase()] ?? get('bereich').toLowerCase();
    try {
      const result = normalize(raw);
      if ('reason' in result) fail(result.reason);
      else events.push(pillar ? { ...result, pillar: pillar as never } : result);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  const line = (r: ImportProblem) => Number(/line (\d+)/.exec(r.position)?.[1] ?? 0);
  return { events, rejected: rejected.sort((a, b) => line(a) - line(b)) };
}
