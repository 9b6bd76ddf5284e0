import { describe, expect, it } from 'vitest';
import { placeKinds } from '../schemas/enums';
import { groupOf, markerGroups, markerPath } from './mapSymbols';

describe('map markers', () => {
  it('puts every kind of place in one of the four groups, each used', () => {
    const used = new Set(placeKinds.map(groupOf));
    expect([...used].sort()).toEqual([...markerGroups].sort());
  });

  it('draws each group in its own shape, centred on the point', () => {
    const paths = markerGroups.map((g) => markerPath(g, 100, 50, 10));
    expect(new Set(paths.map((d) => d.replace(/[-\d.\s]/g, ''))).size).toBe(4);
    expect(markerPath('sight', 100, 50, 10)).toBe('M90 50a10 10 0 1 0 20 0a10 10 0 1 0 -20 0z');
    expect(markerPath('culture', 100, 50, 10)).toBe('M91.1 41.1h17.8v17.8h-17.8z');
  });
});
