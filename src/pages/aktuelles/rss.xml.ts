import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestNews } from '../../lib/listings';
import { pathOf } from '../../lib/entries';
import { t } from '../../i18n/t';

/** RSS 2.0 feed of the newsroom in this language. */
export const GET: APIRoute = async ({ site }) => {
  const news = await latestNews('de');
  return rss({
    title: `${t('de', 'site.name')}: ${t('de', 'nav.news')}`,
    description: t('de', 'news.lede'),
    site: site ?? 'http://localhost:4321',
    items: news.map((n) => ({
      title: n.data.title,
      description: n.data.description,
      pubDate: n.data.date,
      link: pathOf('news', n),
      categories: [t('de', `newsKind.${n.data.kind}`), t('de', `nav.${n.data.pillar}`)],
    })),
    customData: '<language>de</language>',
  });
};
