import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestNews } from '../../../lib/listings';
import { pathOf } from '../../../lib/entries';
import { t } from '../../../i18n/t';

/** RSS 2.0 feed of the newsroom in this language. */
export const GET: APIRoute = async ({ site }) => {
  const news = await latestNews('en');
  return rss({
    title: `${t('en', 'site.name')}: ${t('en', 'nav.news')}`,
    description: t('en', 'news.lede'),
    site: site ?? 'http://localhost:4321',
    items: news.map((n) => ({
      title: n.data.title,
      description: n.data.description,
      pubDate: n.data.date,
      link: pathOf('news', n),
      categories: [t('en', `newsKind.${n.data.kind}`), t('en', `nav.${n.data.pillar}`)],
    })),
    customData: '<language>en</language>',
  });
};
