/**
 * How places are marked on the maps: four groups of kinds, each with its own colour and its own
 * shape, so the key never depends on colour alone (WCAG 1.4.1). Used by the map island, the static
 * maps and their keys; no build-time imports here, because the island ships this to the browser.
 */
import type { PlaceKind } from '../schemas/enums';

export const markerGroups = ['sight', 'culture', 'venue', 'green'] as const;
export type MarkerGroup = (typeof markerGroups)[number];

export const kindGroup: Record<PlaceKind, MarkerGroup> = {
  sight: 'sight',
  landmark: 'sight',
  church: 'sight',
  museum: 'culture',
  memorial: 'culture',
  venue: 'venue',
  stadium: 'venue',
  park: 'green',
  lake: 'green',
  zoo: 'green',
};

export const groupOf = (kind: string): MarkerGroup => kindGroup[kind as PlaceKind] ?? 'sight';

const n = (v: number) => String(Math.round(v * 10) / 10);

/**
 * Path data for a marker of size r (about its radius) centred on x, y: a circle for sights, a
 * square for museums and memorials, a diamond for venues, a triangle for green places. The shapes
 * have about the same area, so none looks more important than another.
 */
export function markerPath(group: MarkerGroup, x: number, y: number, r: number): string {
  switch (group) {
    case 'culture': {
      const s = r * 0.89;
      return `M${n(x - s)} ${n(y - s)}h${n(2 * s)}v${n(2 * s)}h${n(-2 * s)}z`;
    }
    case 'venue': {
      const s = r * 1.25;
      return `M${n(x)} ${n(y - s)}l${n(s)} ${n(s)}l${n(-s)} ${n(s)}l${n(-s)} ${n(-s)}z`;
    }
    case 'green': {
      const s = r * 1.35;
      return `M${n(x)} ${n(y - s)}l${n(s * 0.95)} ${n(s * 1.65)}h${n(-s * 1.9)}z`;
    }
    default:
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
  }
}
