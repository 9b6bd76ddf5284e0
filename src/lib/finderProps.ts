/**
 * What the event finder island receives on every calendar page: the index of its data files, labels
 * and options. Small and the same size however many events there are. Build-time only.
 */
import { localeFormat } from './format';
import { formatMonth } from './formatCore';
import type { Locale } from '../schemas/enums';
import { accessNeeds, districts, eventCategories, eventStatuses, pillars } from '../schemas/enums';
import { t } from '../i18n/t';
import { finderData, finderDataBase } from './finderData';
import type { FilterLabels, FinderStrings } from '../islands/EventFinder';
import type { FinderMonths, Period } from './eventFilter';

export interface FinderProps {
  locale: Locale;
  /** The months with data, their parts and sizes, and where the files are. */
  months: FinderMonths;
  /** Each of those months as a heading, "Dezember 2026": written here, so that the island needs no Intl. */
  monthLabels: Record<string, string>;
  dataBase: string;
  categories: Record<string, string>;
  filters: FilterLabels;
  strings: FinderStrings;
  /** Period of a day view ("today", "weekend", "week"), used when the URL names none. */
  initialPeriod?: Period;
  /** Id of the server-rendered list, hidden once the finder shows its own. */
  serverList: string;
}

export async function finderProps(locale: Locale, serverList: string, initialPeriod?: Period): Promise<FinderProps> {
  const categories = Object.fromEntries(eventCategories.map((c) => [c, t(locale, `eventCategory.${c}`)]));
  const filters: FilterLabels = {
    category: { label: t(locale, 'finder.category'), options: Object.entries(categories) },
    pillar: { label: t(locale, 'finder.pillar'), options: pillars.filter((p) => p !== 'news').map((p) => [p, t(locale, `nav.${p}`)]) },
    district: { label: t(locale, 'finder.district'), options: districts.map((d) => [d, d]) },
    need: { label: t(locale, 'need.label'), options: accessNeeds.map((n) => [n, t(locale, `need.${n}`)]) },
    free: { label: t(locale, 'finder.free') },
    accessible: { label: t(locale, 'finder.accessible') },
  };
  const strings: FinderStrings = {
    filters: t(locale, 'finder.filters'),
    period: t(locale, 'finder.period'),
    periods: {
      all: t(locale, 'finder.all'),
      today: t(locale, 'finder.today'),
      weekend: t(locale, 'finder.weekend'),
      week: t(locale, 'finder.week'),
      month: t(locale, 'finder.month'),
      range: t(locale, 'finder.range'),
    },
    from: t(locale, 'finder.from'),
    to: t(locale, 'finder.to'),
    all: t(locale, 'map.all'),
    reset: t(locale, 'finder.reset'),
    count: t(locale, 'finder.count'),
    one: t(locale, 'finder.one'),
    none: t(locale, 'finder.none'),
    countSoFar: t(locale, 'finder.countSoFar'),
    more: t(locale, 'finder.more'),
    loading: t(locale, 'finder.loading'),
    loadError: t(locale, 'finder.loadError'),
    freeBadge: t(locale, 'event.free'),
    series: t(locale, 'event.series'),
    movedFrom: t(locale, 'event.movedFrom'),
    foreignNotice: t(locale, 'events.foreignNotice'),
    status: Object.fromEntries(eventStatuses.map((s) => [s, t(locale, `eventStatus.${s}`)])),
  };
  const { index } = await finderData(locale);
  const monthLabels = Object.fromEntries(index.map(([m]) => [m, formatMonth(localeFormat(locale), m)]));
  return { locale, months: index, monthLabels, dataBase: finderDataBase[locale], categories, filters, strings, ...(initialPeriod ? { initialPeriod } : {}), serverList };
}
