import { describe, expect, it } from 'vitest';
import { groupDuplicates, mergeGroup, newKey, titleSimilarity, type Located } from './identity';
import { foldStreet, matchVenue, type PlaceRef } from './venues';

const places: PlaceRef[] = [
  { key: 'konzerthaus', titles: ['Konzerthaus Dortmund', 'Konzerthaus Dortmund'], street: 'Brückstraße 21', postalCode: '44135', coordinates: { lat: 51.516111, lon: 7.466667 } },
  { key: 'depot', titles: ['Depot – Kulturort in der alten Straßenbahnwerkstatt', 'Depot – cultural venue'], street: 'Immermannstraße 29', postalCode: '44147' },
];

describe('venues', () => {
  it('match by key, name or alias, address and distance, and say when nothing matches', () => {
    expect(matchVenue({ venueKey: 'depot' }, places, {})).toEqual({ key: 'depot', by: 'id' });
    expect(matchVenue({ venueName: 'Konzerthaus Dortmund, Brückstraße 21, 44135 Dortmund' }, places, {})).toEqual({ key: 'konzerthaus', by: 'alias' });
    expect(matchVenue({ venueName: 'Depot' }, places, {})).toEqual({ key: 'depot', by: 'alias' });
    expect(matchVenue({ venueName: 'Philharmonie' }, places, { Philharmonie: 'konzerthaus' })).toEqual({ key: 'konzerthaus', by: 'alias' });
    expect(matchVenue({ venueName: 'Saal A', address: { street: 'Brückstr. 21', postalCode: '44135' } }, places, {})).toEqual({ key: 'konzerthaus', by: 'address' });
    expect(matchVenue({ venueName: 'Foyer', geo: { lat: 51.5162, lon: 7.4665 } }, places, {})).toEqual({ key: 'konzerthaus', by: 'distance' });
    expect(matchVenue({ venueName: 'Foyer', geo: { lat: 51.52, lon: 7.48 } }, places, {})).toEqual({ by: 'none' });
    expect(foldStreet('Brückstr. 21')).toBe(foldStreet('Brückstraße 21'));
  });
});

const ev = (over: Partial<Located>): Located => ({
  source: 'a', sourceId: '1', position: '', lang: 'de', title: 'T', start: '2027-03-28 19:00', status: 'scheduled', notes: [], trust: 'partner', sourceOrder: 0, ...over,
});

describe('identity and merging', () => {
  it('rates titles of the same event as similar and different events as not', () => {
    expect(titleSimilarity('Sinfoniekonzert: Beethoven 7', 'Beethoven 7 – Sinfoniekonzert')).toBeGreaterThan(0.6);
    expect(titleSimilarity('Mayday 2027', 'Mayday 2027 in den Westfalenhallen')).toBeGreaterThan(0.6);
    expect(titleSimilarity('Jazz im Foyer', 'Sinfoniekonzert: Beethoven 7')).toBeLessThan(0.3);
  });

  it('groups the same event from two sources (same day, venue, similar title), never two events of one source', () => {
    const a = ev({ source: 'venue', title: 'Sinfoniekonzert: Beethoven 7', venue: 'konzerthaus' });
    const b = ev({ source: 'portal', title: 'Beethoven 7 – Sinfoniekonzert', venue: 'konzerthaus', trust: 'aggregator', sourceOrder: 1 });
    const c = ev({ source: 'portal', sourceId: '2', title: 'Beethoven 7 – Sinfoniekonzert', venue: 'konzerthaus', start: '2027-03-29 19:00' });
    const d = ev({ source: 'venue', sourceId: '3', title: 'Sinfoniekonzert: Beethoven 7 (Zusatztermin)', venue: 'konzerthaus' });
    expect(groupDuplicates([b, a, c, d]).map((g) => g.map((m) => `${m.source}:${m.sourceId}`))).toEqual([['venue:1', 'portal:1'], ['portal:2'], ['venue:3']]);
  });

  it('takes each field from the most trusted source that has it and records where it came from', () => {
    const partner = ev({ source: 'venue', title: 'Konzert', venue: 'konzerthaus', website: 'https://v.invalid/' });
    const aggregator = ev({ source: 'portal', title: 'Das Konzert', venue: 'konzerthaus', trust: 'aggregator', price: { free: false, summary: '12 €' }, website: 'https://p.invalid/' });
    const editorial = ev({ source: 'redaktion', title: 'Konzert im Konzerthaus', lang: 'en', venue: 'konzerthaus', trust: 'editorial', sourceOrder: 5, start: '2027-03-28 19:30' });
    const merged = mergeGroup([aggregator, partner, editorial]);
    expect(merged.primary.source).toBe('redaktion');
    expect(merged.shared).toMatchObject({ start: '2027-03-28 19:30', website: 'https://v.invalid/', price: { free: false, summary: '12 €' } });
    expect(merged.fields).toMatchObject({ start: 'redaktion', website: 'venue', price: 'portal', 'title.en': 'redaktion', 'title.de': 'venue' });
    expect(merged.texts.de?.title).toBe('Konzert');
    expect(merged.notes.join(' ')).toMatch(/disagree on the start/);
  });

  it('makes readable keys and never reuses one', () => {
    expect(newKey('Tag der offenen Tür', '2027-05-02', () => false)).toBe('tag-der-offenen-tuer-2027-05-02');
    expect(newKey('Tag der offenen Tür', '2027-05-02 10:00', (k) => k === 'tag-der-offenen-tuer-2027-05-02')).toBe('tag-der-offenen-tuer-2027-05-02-2');
  });
});
