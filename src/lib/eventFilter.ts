/**
 * The event finder's rules as pure functions: date windows in Europe/Berlin, filters, the URL state and
 * the compact data files the finder loads (one per month, split into parts). The island uses them in
 * the browser; the unit tests pin them.
 *
 * Filters other than the period are declared once in `fieldFilters`: its URL parameter, whether it is a
 * choice or a yes/no, and which events it keeps. A new filter is one entry there, one field in
 * FinderState and FinderEvent, and its labels in the view.
 */
import type { EventStatus } from '../schemas/enums';

/** One dated occurrence as the finder shows it. */
export interface FinderEvent {
  /** Unique per occurrence: entry key and original start. */
  key: string;
  title: string;
  url: string;
  /** Local start and end in Dortmund, "YYYY-MM-DDTHH:mm" or "YYYY-MM-DD". */
  start: string;
  end?: string;
  /** First and last day, YYYY-MM-DD in Dortmund. */
  firstDay: string;
  lastDay: string;
  monthKey: string;
  category: string;
  pillar: string;
  district?: string;
  venue?: string;
  free: boolean;
  accessibility: boolean;
  /** Access needs the venue meets by its sourced facts (src/lib/needs.ts); none without a place entry. */
  needs?: string[];
  series: boolean;
  status: EventStatus;
  note?: string;
  /** Original start of a moved occurrence. */
  movedFrom?: string;
  /** Language of the entry when it exists only in the other language (listed with its original text). */
  lang?: string;
  /** The texts of its card, written by the build in the calendar's language (FinderFile `shown`). */
  display?: FinderDisplay;
}

/**
 * How a card shows its date: the date and time, the badge's day and month, the ISO time for
 * <time datetime>, and the original date of a moved occurrence. The build writes them with Intl, so
 * that the browser does not: a first Intl formatter costs a slow phone a long task (TBT).
 */
export interface FinderDisplay {
  when: string;
  day: string;
  month: string;
  iso: string;
  moved?: string;
}

export type Period = '' | 'today' | 'weekend' | 'week' | 'month' | 'range';

export interface FinderState {
  period: Period;
  from: string;
  to: string;
  category: string;
  pillar: string;
  district: string;
  free: boolean;
  accessible: boolean;
  need: string;
}

export const emptyState: FinderState = { period: '', from: '', to: '', category: '', pillar: '', district: '', free: false, accessible: false, need: '' };

/** A filter besides the period: a choice among options (select) or a yes/no (check). */
export interface FieldFilter<K extends keyof FinderState = keyof FinderState> {
  key: K;
  /** URL parameter, in German as the site's source language. */
  param: string;
  kind: 'select' | 'check';
  /** Whether an event passes the filter at this (non-empty) value. */
  keeps: (event: FinderEvent, value: FinderState[K]) => boolean;
}

export const fieldFilters: FieldFilter[] = [
  { key: 'category', param: 'kategorie', kind: 'select', keeps: (e, v) => e.category === v },
  { key: 'pillar', param: 'bereich', kind: 'select', keeps: (e, v) => e.pillar === v },
  { key: 'district', param: 'bezirk', kind: 'select', keeps: (e, v) => e.district === v },
  { key: 'need', param: 'zugang', kind: 'select', keeps: (e, v) => (e.needs ?? []).includes(v as string) },
  { key: 'free', param: 'frei', kind: 'check', keeps: (e) => e.free },
  { key: 'accessible', param: 'barrierefrei', kind: 'check', keeps: (e) => e.accessibility },
];

/** URL parameters of the period. */
const periodParams = { period: 'zeit', from: 'von', to: 'bis' } as const;

const periods: Period[] = ['', 'today', 'weekend', 'week', 'month', 'range'];
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function stateFromSearch(search: string, fallback: FinderState = emptyState): FinderState {
  const q = new URLSearchParams(search);
  const period = (q.get(periodParams.period) ?? fallback.period) as Period;
  const state: Record<string, unknown> = {
    period: periods.includes(period) ? period : '',
    from: isDay(q.get(periodParams.from) ?? '') ? q.get(periodParams.from)! : '',
    to: isDay(q.get(periodParams.to) ?? '') ? q.get(periodParams.to)! : '',
  };
  for (const f of fieldFilters) state[f.key] = f.kind === 'check' ? q.get(f.param) === '1' : (q.get(f.param) ?? '');
  return state as unknown as FinderState;
}

export function searchFromState(state: FinderState): string {
  const q = new URLSearchParams();
  if (state.period) q.set(periodParams.period, state.period);
  if (state.period === 'range') {
    if (state.from) q.set(periodParams.from, state.from);
    if (state.to) q.set(periodParams.to, state.to);
  }
  for (const f of fieldFilters) {
    const value = state[f.key];
    if (value) q.set(f.param, f.kind === 'check' ? '1' : String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** 01:00 UTC on the last Sunday of a month (0-based): when Central European summer time starts or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Today's date in Dortmund, YYYY-MM-DD. By the EU rule (summer time from 01:00 UTC on the last Sunday
 * in March to 01:00 UTC on the last Sunday in October), not through Intl: the finder calls it as it
 * starts, and a first Intl formatter costs a slow phone a long task. A unit test checks it against Intl.
 */
export function berlinToday(now: Date): string {
  const t = now.getTime();
  const y = now.getUTCFullYear();
  const summer = t >= lastSundayOneUtc(y, 2) && t < lastSundayOneUtc(y, 9);
  return new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The window of days a period means, from today in Dortmund. The weekend runs Friday to Sunday; on a
 * Saturday or Sunday it is the rest of the current weekend.
 */
export function windowFor(state: Pick<FinderState, 'period' | 'from' | 'to'>, today: string): { from: string; to: string } | null {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  switch (state.period) {
    case 'today':
      return { from: today, to: today };
    case 'weekend': {
      if (weekday === 0) return { from: today, to: today };
      if (weekday === 6) return { from: today, to: addDays(today, 1) };
      const friday = addDays(today, 5 - weekday);
      return { from: friday < today ? today : friday, to: addDays(friday, 2) };
    }
    case 'week':
      return { from: today, to: addDays(today, 6) };
    case 'month': {
      const [y, m] = today.split('-').map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { from: today, to: `${today.slice(0, 8)}${String(last).padStart(2, '0')}` };
    }
    case 'range':
      return state.from || state.to ? { from: state.from || today, to: state.to || '9999-12-31' } : null;
    default:
      return null;
  }
}

/** Events that match every filter and have not ended before today. */
export function filterEvents(events: FinderEvent[], state: FinderState, today: string): FinderEvent[] {
  const window = windowFor(state, today);
  const active = fieldFilters.filter((f) => state[f.key]);
  return events.filter(
    (e) => e.lastDay >= today && (!window || (e.firstDay <= window.to && e.lastDay >= window.from)) && active.every((f) => f.keeps(e, state[f.key])),
  );
}

/** The months (YYYY-MM) from the month of `from` to the month of `to`, among those that have data. */
export function monthsBetween(available: string[], from: string, to: string): string[] {
  return available.filter((m) => m >= from.slice(0, 7) && m <= to.slice(0, 7));
}

/*
 * The data files. Each part of a month is one JSON file of a few hundred occurrences; the entries they
 * belong to are listed once per file and referred to by position, so that a weekly series does not
 * repeat its title, address and venue fifty times.
 */

/**
 * An entry in a data file: title, url, category, pillar, district, venue, free, accessible, series (0/1),
 * the venue's access needs (space-separated, may be empty), and the entry's language only when it is
 * not the calendar's (an untranslated event).
 */
export type CompactEntry = [string, string, string, string, string, string, 0 | 1, 0 | 1, 0 | 1, string] | [string, string, string, string, string, string, 0 | 1, 0 | 1, 0 | 1, string, string];
/** An occurrence: entry position, original start, start (if moved), end, status (if not scheduled), note. */
export type CompactOccurrence = [number, string, string, string, string, string];
export interface FinderFile {
  entries: CompactEntry[];
  dates: CompactOccurrence[];
  /** Per date, its card's texts: when, badge day, badge month, ISO start, moved-from text ('' if none). */
  shown?: [string, string, string, string, string][];
}

/** Index of the data files a finder can load: per month its number of parts and of occurrences. */
export type FinderMonths = [month: string, parts: number, count: number][];

/** Packs occurrences (in order) into one data file, with their cards' texts when `describe` is given. */
export function packFile(events: FinderEvent[], describe?: (e: FinderEvent) => FinderDisplay): FinderFile {
  const positions = new Map<string, number>();
  const file: FinderFile = { entries: [], dates: [], ...(describe ? { shown: [] } : {}) };
  for (const e of events) {
    let at = positions.get(e.url);
    if (at === undefined) {
      positions.set(e.url, (at = file.entries.length));
      const entry: CompactEntry = [e.title, e.url, e.category, e.pillar, e.district ?? '', e.venue ?? '', e.free ? 1 : 0, e.accessibility ? 1 : 0, e.series ? 1 : 0, (e.needs ?? []).join(' ')];
      file.entries.push(e.lang ? [...entry, e.lang] : entry);
    }
    const original = e.movedFrom ?? e.start;
    file.dates.push([at, original, original === e.start ? '' : e.start, e.end ?? '', e.status === 'scheduled' ? '' : e.status, e.note ?? '']);
    if (describe) {
      const d = describe(e);
      file.shown!.push([d.when, d.day, d.month, d.iso, d.moved ?? '']);
    }
  }
  return file;
}

/** Unpacks a data file into finder events. */
export function unpackFile(file: FinderFile): FinderEvent[] {
  return file.dates.map(([at, original, moved, end, status, note], i) => {
    const [title, url, category, pillar, district, venue, free, accessible, series, needs, lang] = file.entries[at];
    const start = moved || original;
    const shown = file.shown?.[i];
    return {
      key: `${url}@${original}`,
      title,
      url,
      start,
      ...(end ? { end } : {}),
      firstDay: start.slice(0, 10),
      lastDay: (end || start).slice(0, 10),
      monthKey: start.slice(0, 7),
      category,
      pillar,
      ...(district ? { district } : {}),
      ...(venue ? { venue } : {}),
      free: free === 1,
      accessibility: accessible === 1,
      ...(needs ? { needs: needs.split(' ') } : {}),
      series: series === 1,
      status: (status || 'scheduled') as EventStatus,
      ...(note ? { note } : {}),
      ...(moved ? { movedFrom: original } : {}),
      ...(lang ? { lang } : {}),
      ...(shown ? { display: { when: shown[0], day: shown[1], month: shown[2], iso: shown[3], ...(shown[4] ? { moved: shown[4] } : {}) } } : {}),
    };
  });
}
