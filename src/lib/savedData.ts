/**
 * What the saved-list page needs to show saved items in its language: title, address and, for events,
 * the next date and the .ics file. Spread over small JSON files by a hash of the id (bucketOf), so the
 * page loads only the files its items are in. Build-time only.
 */
import type { Locale } from '../schemas/enums';
import { t } from '../i18n/t';
import { entriesIn, pathOf } from './entries';
import { locales } from '../i18n/languages';
import { routeFor } from '../i18n/routes';
import { formatEventWhen, isPast } from './format';
import { buildTime } from './buildTime';
import { eventIcsPath } from './eventFeeds';
import { allOccurrences } from './occurrences';
import { bucketOf, type SavedItem } from './savedList';

/** Items per file, on average: a few kilobytes gzipped. */
const perFile = 150;

export const savedDataBase = Object.fromEntries(locales.map((l) => [l, routeFor('savedData', l)])) as Record<Locale, string>;

const cache = new Map<Locale, Promise<{ buckets: number; files: Map<number, SavedItem[]> }>>();

export function savedData(locale: Locale): Promise<{ buckets: number; files: Map<number, SavedItem[]> }> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = (async () => {
      const now = buildTime();
      // The next date of each event (a series' next occurrence), or its only one.
      const next = new Map<string, { start: string; end?: string }>();
      for (const { entry, occurrence: o } of await allOccurrences(locale)) {
        const known = next.get(entry.id);
        if (!known || (isPast(known.start, known.end, now) && !isPast(o.start, o.end, now))) next.set(entry.id, o);
      }
      const items: SavedItem[] = [
        ...(await entriesIn('places', locale)).map((p) => ({ id: `place:${p.data.key}`, type: 'place' as const, title: p.data.title, url: pathOf('places', p) })),
        ...(await entriesIn('routes', locale)).map((r) => ({ id: `route:${r.data.key}`, type: 'route' as const, title: r.data.title, url: pathOf('routes', r) })),
        ...(await entriesIn('events', locale)).map((e) => {
          const date = next.get(e.id) ?? { start: e.data.start, end: e.data.end };
          const when = formatEventWhen(locale, date.start, date.end);
          return {
            id: `event:${e.data.key}`,
            type: 'event' as const,
            title: e.data.title,
            url: pathOf('events', e),
            when: e.data.recurrence ? `${t(locale, 'event.nextDate')}: ${when}` : when,
            ics: eventIcsPath(e),
          };
        }),
      ];
      const buckets = Math.max(1, Math.ceil(items.length / perFile));
      const files = new Map<number, SavedItem[]>(Array.from({ length: buckets }, (_, i) => [i + 1, []]));
      for (const item of items) files.get(bucketOf(item.id, buckets))!.push(item);
      return { buckets, files };
    })();
    cache.set(locale, pending);
  }
  return pending;
}
