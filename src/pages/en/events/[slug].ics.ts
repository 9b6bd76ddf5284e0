import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { entriesIn } from '../../../lib/entries';
import { splitId } from '../../../lib/contentFiles';
import { calendarHeaders, calendarText } from '../../../lib/eventFeeds';

/** One .ics file per event, next to the event's page. */
export async function getStaticPaths() {
  return (await entriesIn('events', 'en')).map((entry) => ({ params: { slug: splitId(entry.id).slug }, props: { entry } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const entry = props.entry as CollectionEntry<'events'>;
  const text = await calendarText(entry.data.title, 'en', [entry], site ?? new URL('http://localhost:4321'));
  return new Response(text, { headers: calendarHeaders });
};
