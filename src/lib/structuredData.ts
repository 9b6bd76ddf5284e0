/**
 * JSON-LD builders. Types come from schema-dts (Google's schema.org typings), so a misspelt property
 * fails the type check instead of silently producing data search engines ignore.
 */
import type {
  BreadcrumbList,
  Event as SchemaEvent,
  GovernmentOrganization,
  LocationFeatureSpecification,
  NewsArticle,
  Thing,
  TouristAttraction,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { Locale } from '../schemas/enums';
import type { Access } from '../schemas/placeFacts';
import { pagePaths } from '../i18n/routes';
import { t } from '../i18n/t';

const abs = (path: string, site: URL | string) => new URL(path, site).href;

/** Serialises JSON-LD into a script element, escaping "<" so content cannot close the element. */
export function jsonLdScript(items: object[]): string {
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}

/** The portal as a WebSite with its search action. */
export function website(locale: Locale, site: URL | string): WebSite {
  return {
    '@type': 'WebSite',
    '@id': abs(`${pagePaths.home[locale]}#website`, site),
    name: t(locale, 'site.name'),
    url: abs(pagePaths.home[locale], site),
    inLanguage: locale,
    publisher: { '@id': abs('/#organisation', site) },
    potentialAction: {
      '@type': 'SearchAction',
      target: `${abs(pagePaths.search[locale], site)}?q={search_term_string}`,
      // schema-dts has no type for the query-input annotation Google documents
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** The office behind the portal. */
export function organisation(locale: Locale, site: URL | string): GovernmentOrganization {
  return {
    '@type': 'GovernmentOrganization',
    '@id': abs('/#organisation', site),
    name: t(locale, 'org.name'),
    parentOrganization: { '@type': 'GovernmentOrganization', name: 'Stadt Dortmund' },
    url: abs(pagePaths.home[locale], site),
    address: {
      '@type': 'PostalAddress',
      streetAddress: 'Friedensplatz 1',
      postalCode: '44135',
      addressLocality: 'Dortmund',
      addressCountry: 'DE',
    },
  };
}

/** Breadcrumb trail from home to the current page. */
export function breadcrumbList(items: { label: string; href: string }[], site: URL | string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: abs(item.href, site),
    })),
  };
}

export type { NewsArticle, SchemaEvent, Thing, TouristAttraction, WithContext };

/** The most specific schema.org type of a place, next to TouristAttraction. */
export function placeTypes(kind: string, venueType?: string): string[] {
  const byVenue: Record<string, string> = {
    theater: 'PerformingArtsTheater',
    'concert-hall': 'MusicVenue',
    'music-club': 'MusicVenue',
    library: 'Library',
    cinema: 'MovieTheater',
    'exhibition-centre': 'EventVenue',
    'cultural-centre': 'EventVenue',
  };
  const byKind: Record<string, string> = {
    museum: 'Museum',
    church: 'Church',
    park: 'Park',
    zoo: 'Zoo',
    stadium: 'StadiumOrArena',
    lake: 'LakeBodyOfWater',
    venue: 'EventVenue',
  };
  const specific = (venueType && byVenue[venueType]) || byKind[kind];
  return specific ? ['TouristAttraction', specific] : ['TouristAttraction'];
}

/**
 * A place's access facts as schema.org amenityFeature: one LocationFeatureSpecification per fact the
 * source states (true, false, or the word for "partly"), named in the page's language. A fact the
 * source does not state is left out, never guessed.
 */
export function amenityFeatures(locale: Locale, access: Access | undefined): LocationFeatureSpecification[] {
  if (!access) return [];
  const keys = ['stepFree', 'lift', 'toilet', 'parking', 'hearingLoop', 'tactile', 'signLanguage', 'easyLanguage'] as const;
  return keys.flatMap((k) => {
    const v = access[k];
    if (v === undefined) return [];
    return [{ '@type': 'LocationFeatureSpecification' as const, name: t(locale, `place.access.${k}`), value: typeof v === 'boolean' ? v : t(locale, `place.access.${v}`) }];
  });
}
