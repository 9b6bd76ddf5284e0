import type { APIRoute } from 'astro';
import { calendarHeaders, calendarText, feedEntries, feedsFor, type Feed } from '../../../lib/eventFeeds';
import { t } from '../../../i18n/t';

/** Subscribable feeds: all events, per pillar and per category. */
export async function getStaticPaths() {
  return (await feedsFor('de')).map((feed) => ({ params: { feed: feed.slug }, props: { feed } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const feed = props.feed as Feed;
  const events = (await feedEntries('de')).filter(feed.filter);
  const text = await calendarText(`${t('de', 'feeds.calendarName')}: ${feed.title}`, 'de', events, site ?? new URL('http://localhost:4321'));
  return new Response(text, { headers: calendarHeaders });
};
