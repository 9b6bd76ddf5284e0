import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { entryStaticPaths } from '../lib/entries';
import { calendarHeaders, calendarText } from '../lib/eventFeeds';
import { splitId } from '../lib/contentFiles';

/** One .ics file per event, next to the event's page (/veranstaltungen/<slug>.ics), in every language. */
export async function getStaticPaths() {
  return (await entryStaticPaths('events', 'eventIcs')).map((p) => ({ ...p, params: { eventIcs: `${p.params.eventIcs}.ics` } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const entry = props.entry as CollectionEntry<'events'>;
  const text = await calendarText(entry.data.title, splitId(entry.id).locale, [entry], site ?? new URL('http://localhost:4321'));
  return new Response(text, { headers: calendarHeaders });
};
