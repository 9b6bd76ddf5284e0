/**
 * The calendar's list pages besides the events page: the day views (today, this weekend, the next
 * seven days, computed for the build date with the finder's own rules) and one list per month, each
 * on numbered pages of 24. Build-time only.
 */
import type { Locale } from '../i18n/languages';
import { eventMonthPath, localStaticPaths, pagePaths, pageWord } from '../i18n/routes';
import { buildTime } from './buildTime';
import { berlinToday, windowFor } from './eventFilter';
import { finderData } from './finderData';
import { occurrencesBetween, type DatedEvent } from './occurrences';
import { calendarPageSize, pageCount, pageItems } from './pagination';

export type DayView = 'today' | 'weekend' | 'week';
export type CalendarView = { kind: 'day'; view: DayView } | { kind: 'month'; month: string };

export const dayViewPages = { today: 'eventsToday', weekend: 'eventsWeekend', week: 'eventsWeek' } as const;

/** First page of a calendar list. */
export function calendarBase(locale: Locale, view: CalendarView): string {
  return view.kind === 'day' ? pagePaths[dayViewPages[view.view]][locale] : eventMonthPath(locale, view.month);
}

/** The days a list covers. */
export function calendarDays(view: CalendarView): { from: string; to: string } {
  if (view.kind === 'month') return { from: `${view.month}-01`, to: `${view.month}-31` };
  return windowFor({ period: view.view, from: '', to: '' }, berlinToday(buildTime()))!;
}

/** All occurrences of a list, in order. */
export async function calendarItems(locale: Locale, view: CalendarView): Promise<DatedEvent[]> {
  const { from, to } = calendarDays(view);
  return occurrencesBetween(locale, from, to);
}

/** The months that have upcoming dates, with their counts (for the month pages and their links). */
export async function calendarMonths(locale: Locale): Promise<[string, number][]> {
  return (await finderData(locale)).index.map(([month, , count]) => [month, count]);
}

/** The pages of a day view or of every month, below the view's first address: '' for page 1, then seite/2/ … */
async function calendarPages(locale: Locale, view: CalendarView | 'months') {
  const views: CalendarView[] = view === 'months' ? (await calendarMonths(locale)).map(([month]) => ({ kind: 'month', month })) : [view];
  const paths: { rest: string; props: { view: CalendarView; pageNumber: number } }[] = [];
  for (const v of views) {
    const pages = pageCount((await calendarItems(locale, v)).length, calendarPageSize);
    for (let page = 1; page <= pages; page++) {
      paths.push({ rest: `${v.kind === 'month' ? `${v.month}/` : ''}${page === 1 ? '' : `${pageWord(locale)}/${page}/`}`, props: { view: v, pageNumber: page } });
    }
  }
  return paths;
}

/** getStaticPaths of the calendar's list pages (day views and months) in every language that has them. */
export async function calendarPaths(param: string) {
  return (
    await Promise.all([
      localStaticPaths(param, 'eventsToday', (l) => calendarPages(l, { kind: 'day', view: 'today' })),
      localStaticPaths(param, 'eventsWeekend', (l) => calendarPages(l, { kind: 'day', view: 'weekend' })),
      localStaticPaths(param, 'eventsWeek', (l) => calendarPages(l, { kind: 'day', view: 'week' })),
      localStaticPaths(param, 'eventMonth', (l) => calendarPages(l, 'months')),
    ])
  ).flat();
}

export { pageItems };
