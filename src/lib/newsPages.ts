/**
 * The newsroom's list pages in every language that has them: the newsroom on numbered pages, and one
 * pre-built page per pillar and year that has news (so the filters work without JavaScript), each on
 * numbered pages too. Build-time only.
 */
import type { Pillar } from '../schemas/enums';
import type { Locale } from '../i18n/languages';
import { localStaticPaths, pageWord } from '../i18n/routes';
import { latestNews } from './listings';
import { laterNewsPages, newsFilters, type NewsFilter } from './newsroom';

type Props = { filter?: NewsFilter; pageNumber?: number };

async function filterPages(locale: Locale, type: NewsFilter['type']) {
  const news = await latestNews(locale);
  const values: string[] = type === 'pillar' ? newsFilters(news).pillars : newsFilters(news).years;
  const filter = (value: string) => (type === 'pillar' ? { type, value: value as Pillar } : { type, value });
  return [
    ...values.map((value) => ({ rest: `${value}/`, props: { filter: filter(value) } as Props })),
    ...laterNewsPages(news, type).map(({ value, page }) => ({ rest: `${value}/${pageWord(locale)}/${page}/`, props: { filter: filter(value!), pageNumber: page } as Props })),
  ];
}

/** getStaticPaths of the newsroom route file. */
export async function newsPaths(param: string) {
  return (
    await Promise.all([
      localStaticPaths(param, 'news', async (locale) => [
        {},
        ...laterNewsPages(await latestNews(locale)).map(({ page }) => ({ rest: `${pageWord(locale)}/${page}/`, props: { pageNumber: page } as Props })),
      ]),
      localStaticPaths(param, 'newsPillar', (locale) => filterPages(locale, 'pillar')),
      localStaticPaths(param, 'newsYear', (locale) => filterPages(locale, 'year')),
    ])
  ).flat();
}
