/**
 * The event finder's data: the upcoming occurrences of a language as small static JSON files, one per
 * month and split into parts, so that the finder loads only the months a visitor looks at instead of
 * receiving every event as island props (doc/benchmarks.md). Build-time only.
 */
import type { Locale } from '../schemas/enums';
import { entryByKey, pathOf } from './entries';
import { locales } from '../i18n/languages';
import { routeFor } from '../i18n/routes';
import { buildTime } from './buildTime';
import { berlinToday, packFile, type FinderDisplay, type FinderEvent, type FinderFile, type FinderMonths } from './eventFilter';
import { berlinIso, dateBadge, formatEventWhen } from './formatCore';
import { localeFormat } from './format';
import { occurrenceId, upcomingInCalendar, type DatedEvent } from './occurrences';
import { splitId } from './contentFiles';
import { needsOf } from './needs';

/** Occurrences per data file: about 10 KB gzipped, well below the 30 KB a request may take. */
export const finderPartSize = 200;

/** Where a language's data files live. */
export const finderDataBase = Object.fromEntries(locales.map((l) => [l, routeFor('eventData', l)])) as Record<Locale, string>;

/** One occurrence as the finder shows it. */
export async function toFinderEvent(item: DatedEvent, locale: Locale): Promise<FinderEvent> {
  const { entry, occurrence: o } = item;
  const d = entry.data;
  const venue = d.venue ? await entryByKey('places', d.venue, locale) : undefined;
  return {
    key: occurrenceId(item),
    title: d.title,
    url: pathOf('events', entry),
    start: o.start,
    ...(o.end ? { end: o.end } : {}),
    firstDay: o.start.slice(0, 10),
    lastDay: (o.end ?? o.start).slice(0, 10),
    monthKey: o.start.slice(0, 7),
    category: d.category,
    pillar: d.pillar,
    ...(venue?.data.district ? { district: venue.data.district } : {}),
    ...((venue?.data.title ?? d.location?.name) ? { venue: venue?.data.title ?? d.location?.name } : {}),
    free: d.price.free,
    accessibility: Boolean(d.accessibility),
    ...(venue && needsOf(venue.data.access, berlinToday(buildTime())).length ? { needs: needsOf(venue.data.access, berlinToday(buildTime())) } : {}),
    series: Boolean(d.recurrence),
    status: o.status,
    ...(o.note ? { note: o.note } : {}),
    ...(o.id !== o.start ? { movedFrom: o.id } : {}),
    ...(splitId(entry.id).locale !== locale ? { lang: splitId(entry.id).locale } : {}),
  };
}

const months = (from: string, to: string) => {
  const out: string[] = [];
  for (let m = from; m <= to; ) {
    out.push(m);
    const [y, n] = m.split('-').map(Number);
    m = n === 12 ? `${y + 1}-01` : `${y}-${String(n + 1).padStart(2, '0')}`;
  }
  return out;
};

const cache = new Map<Locale, Promise<{ index: FinderMonths; files: Map<string, FinderFile> }>>();

/**
 * The data files of a language (name → content, e.g. "2026-12-1") and their index. An occurrence that
 * runs over several months is in each of them (the finder drops the duplicates), so that a month's
 * files answer "what is on in this month" alone.
 */
export function finderData(locale: Locale): Promise<{ index: FinderMonths; files: Map<string, FinderFile> }> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = (async () => {
      const upcoming = await upcomingInCalendar(locale);
      const events = await Promise.all(upcoming.map((o) => toFinderEvent(o, locale)));
      // Events that began before the build month and are still on are filed under the build month.
      const first = berlinToday(buildTime()).slice(0, 7);
      const byMonth = new Map<string, FinderEvent[]>();
      for (const e of events) {
        for (const m of months(e.monthKey < first ? first : e.monthKey, e.lastDay.slice(0, 7))) {
          if (!byMonth.has(m)) byMonth.set(m, []);
          byMonth.get(m)!.push(e);
        }
      }
      const index: FinderMonths = [];
      const files = new Map<string, FinderFile>();
      // The cards' texts, written here so that the browser needs no Intl (FinderDisplay).
      const fmt = localeFormat(locale);
      const describe = (e: FinderEvent): FinderDisplay => {
        const badge = dateBadge(fmt, e.start);
        return { when: formatEventWhen(fmt, e.start, e.end), day: badge.day, month: badge.month, iso: berlinIso(e.start), ...(e.movedFrom ? { moved: formatEventWhen(fmt, e.movedFrom) } : {}) };
      };
      for (const [month, list] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const parts = Math.ceil(list.length / finderPartSize);
        for (let p = 0; p < parts; p++) files.set(`${month}-${p + 1}`, packFile(list.slice(p * finderPartSize, (p + 1) * finderPartSize), describe));
        index.push([month, parts, list.length]);
      }
      return { index, files };
    })();
    cache.set(locale, pending);
  }
  return pending;
}
