import type { APIRoute } from 'astro';
import { calendarHeaders, calendarText, feedEntries, feedsFor, type Feed } from '../lib/eventFeeds';
import { localStaticPaths } from '../i18n/routes';
import type { Locale } from '../i18n/languages';
import { t } from '../i18n/t';

/** Subscribable feeds: all events, per pillar and per category, in every language. */
export const getStaticPaths = () =>
  localStaticPaths('eventFeed', 'eventFeeds', async (locale) => (await feedsFor(locale)).map((feed) => ({ rest: `${feed.slug}.ics`, props: { feed } })));

export const GET: APIRoute = async ({ props, site }) => {
  const { feed, locale } = props as { feed: Feed; locale: Locale };
  const events = (await feedEntries(locale)).filter(feed.filter);
  const text = await calendarText(`${t(locale, 'feeds.calendarName')}: ${feed.title}`, locale, events, site ?? new URL('http://localhost:4321'));
  return new Response(text, { headers: calendarHeaders });
};
