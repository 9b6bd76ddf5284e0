import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { businessSchema } from './schemas/business';
import { eventSchema } from './schemas/event';
import { figureSchema } from './schemas/figure';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/page';
import { placeSchema } from './schemas/place';
import { districtSchema } from './schemas/district';
import { routeSchema } from './schemas/route';
import { contactSchema } from './schemas/contact';
import { festivalSchema } from './schemas/festival';
import { contentRoot, entryId } from './lib/contentFiles';
import { locales } from './i18n/languages';

/** Language-specific collections: content/<collection>/<language>/<slug>.md(x), one folder per language of the registry. */
const localized = (name: string) =>
  glob({
    pattern: `{${locales.join(',')}}/**/*.{md,mdx}`,
    base: `${contentRoot()}/${name}`,
    generateId: ({ entry }) => entryId(name, entry),
  });

export const collections = {
  places: defineCollection({ loader: localized('places'), schema: placeSchema }),
  events: defineCollection({ loader: localized('events'), schema: eventSchema }),
  districts: defineCollection({ loader: localized('districts'), schema: districtSchema }),
  routes: defineCollection({ loader: localized('routes'), schema: routeSchema }),
  festivals: defineCollection({ loader: localized('festivals'), schema: festivalSchema }),
  news: defineCollection({ loader: localized('news'), schema: newsSchema }),
  business: defineCollection({ loader: localized('business'), schema: businessSchema }),
  pages: defineCollection({ loader: localized('pages'), schema: pageSchema }),
  practical: defineCollection({ loader: localized('practical'), schema: pageSchema }),
  /** Leichte Sprache: German only, below /leichte-sprache/. */
  easy: defineCollection({ loader: localized('easy'), schema: pageSchema }),
  contacts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot()}/contacts` }),
    schema: contactSchema,
  }),
  figures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot()}/figures` }),
    schema: figureSchema,
  }),
};
