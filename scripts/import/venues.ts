/**
 * Matching a feed's venue to our places (content/places): by the place key the source gives, by name
 * or alias (titles in both languages and the aliases in event-feeds.yaml), by street address, and by
 * distance (src/lib/geo.ts). What matches nothing is reported and kept as a location.
 */
import { distanceKm } from '../../src/lib/geo';
import type { ImportedAddress } from './model';

export interface PlaceRef {
  key: string;
  titles: string[];
  street?: string;
  postalCode?: string;
  coordinates?: { lat: number; lon: number };
}

export type VenueMatch = { key: string; by: 'id' | 'alias' | 'address' | 'distance' } | { key?: undefined; by: 'none' };

/** At most this far from a place's map point (km) a feed's coordinates count as that place. */
export const maxVenueDistanceKm = 0.15;

/** Lower case, umlauts spelled out, punctuation and the city name dropped, single spaces. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(?:dortmund|in|der|die|das|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Brückstr. 21" and "Brückstraße 21" alike. */
export function foldStreet(text: string): string {
  return foldName(text.replace(/str\.(?=\s|\d|$)/gi, 'straße').replace(/strasse/gi, 'straße'));
}

export function matchVenue(
  venue: { venueKey?: string; venueName?: string; address?: ImportedAddress; geo?: { lat: number; lon: number } },
  places: PlaceRef[],
  aliases: Record<string, string>,
): VenueMatch {
  const byKey = new Map(places.map((p) => [p.key, p]));
  if (venue.venueKey && byKey.has(venue.venueKey)) return { key: venue.venueKey, by: 'id' };
  const names = new Map<string, string>();
  // "Depot – Kulturort in der alten Straßenbahnwerkstatt" is also called "Depot".
  for (const p of places) for (const t of p.titles) for (const name of [t, t.split(/ [–—-] /)[0]]) if (foldName(name)) names.set(foldName(name), p.key);
  for (const [alias, key] of Object.entries(aliases)) if (byKey.has(key)) names.set(foldName(alias), key);
  if (venue.venueName) {
    // "Konzerthaus Dortmund, Brückstraße 21, 44135 Dortmund": the name is the part before the first comma.
    const whole = foldName(venue.venueName);
    const head = foldName(venue.venueName.split(',')[0]);
    const hit = names.get(whole) ?? names.get(head);
    if (hit) return { key: hit, by: 'alias' };
  }
  const streets = [venue.address?.street, ...(venue.venueName?.split(',').slice(1) ?? [])].filter(Boolean).map((s) => foldStreet(s!));
  for (const p of places) {
    if (p.street && streets.includes(foldStreet(p.street))) {
      if (!venue.address?.postalCode || !p.postalCode || venue.address.postalCode === p.postalCode) return { key: p.key, by: 'address' };
    }
  }
  if (venue.geo) {
    let best: { key: string; d: number } | undefined;
    for (const p of places) {
      if (!p.coordinates) continue;
      const d = distanceKm(p.coordinates, venue.geo);
      if (d <= maxVenueDistanceKm && (!best || d < best.d)) best = { key: p.key, d };
    }
    if (best) return { key: best.key, by: 'distance' };
  }
  return { by: 'none' };
}
