/**
 * The city's shapes for the maps, read from the GeoJSON files shipped in src/data/geo/ (provenance and
 * licences in its README.md) and projected into the map's viewBox once per build: the city boundary
 * (VG250, © GeoBasis-DE / BKG), the 12 Stadtbezirke (Datenquelle: Stadt Dortmund) and the
 * neighbouring towns (VG250), clipped to the map's frame.
 */
import cityRaw from '../data/geo/dortmund-stadtgrenze-vg250.geojson?raw';
import districtsRaw from '../data/geo/dortmund-stadtbezirke.geojson?raw';
import townsRaw from '../data/geo/nachbargemeinden-vg250.geojson?raw';
import { mapSize, project } from './geo';
import { area, bounds, clip, contains, distanceToRing, labelPoint, overlaps, placeLabel, simplify, type Box, type LabelBox, type Pt } from './shapes';

interface Feature {
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'MultiPolygon'; coordinates: [number, number][][][] };
}

export interface Shape {
  name: string;
  /** Outer rings in viewBox units, simplified (holes are not drawn). */
  rings: Pt[][];
  box: Box;
}

export interface Town extends Shape {
  /** Where the name goes: inside the visible part, away from its edges. */
  label: Pt;
  /** Shares a boundary with Dortmund (these are the ones named on the map). */
  neighbour: boolean;
}

/** Simplification tolerance in viewBox units (1 unit ≈ 29 m): finer than a pixel on a 1,000 px wide map. */
export const TOLERANCE = 0.6;

export function parseFeatures(raw: string, file: string): Feature[] {
  const json = JSON.parse(raw) as { features?: Feature[] };
  if (!Array.isArray(json.features)) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  for (const [i, f] of json.features.entries()) {
    if (typeof f.properties?.name !== 'string') throw new Error(`${file}: feature ${i} has no property "name"`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new Error(`${file}: feature "${f.properties.name}" is a ${(f.geometry as { type?: string } | undefined)?.type}, not a polygon`);
  }
  return json.features;
}

function outerRings(f: Feature): [number, number][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
}

export function toShape(f: Feature, tolerance = TOLERANCE): Shape {
  const rings = outerRings(f).map((ring) => simplify(ring.map(([lon, lat]) => { const { x, y } = project({ lat, lon }); return [x, y] as Pt; }), tolerance));
  return { name: f.properties.name, rings, box: bounds(rings) };
}

const frame: Box = { x0: 0, y0: 0, x1: mapSize.width, y1: mapSize.height };

let cache: { city: Shape; districts: Shape[]; towns: Town[] } | undefined;

/** The city, its districts and the towns around it, projected and simplified (computed once). */
export function cityShapes() {
  if (cache) return cache;
  const [cityFeature] = parseFeatures(cityRaw, 'src/data/geo/dortmund-stadtgrenze-vg250.geojson');
  const city = toShape(cityFeature);
  const districts = parseFeatures(districtsRaw, 'src/data/geo/dortmund-stadtbezirke.geojson').map((f) => toShape(f));
  const towns = parseFeatures(townsRaw, 'src/data/geo/nachbargemeinden-vg250.geojson')
    .filter((f) => f.properties.name !== 'Dortmund')
    .flatMap((f) => {
      const shape = toShape(f);
      const rings = shape.rings.map((r) => clip(r, frame)).filter((r) => r.length > 3);
      if (rings.length === 0) return [];
      const biggest = rings.reduce((a, b) => (area(b) > area(a) ? b : a));
      // Same source, same boundary: a town with points on Dortmund's boundary is a neighbour.
      const neighbour = shape.rings.some((r) => r.filter((p) => distanceToRing(p, city.rings[0]) < 1).length >= 3);
      return [{ name: f.properties.name, rings, box: bounds(rings), label: labelPoint(biggest), neighbour }];
    });
  cache = { city, districts, towns };
  return cache;
}

/** Rough width of a name in the map's sans-serif, in units of its font size. */
const CHAR_WIDTH = 0.6;

/**
 * Names of the towns that border Dortmund, placed in their visible part and moved inwards where the
 * name would run off the map at the given font size (in viewBox units).
 */
export function townLabels(fontSize: number): { name: string; x: number; y: number }[] {
  const margin = fontSize * 0.4;
  return cityShapes()
    .towns.filter((t) => t.neighbour)
    .map((t) => {
      const half = (t.name.length * CHAR_WIDTH * fontSize) / 2;
      const x = Math.min(Math.max(t.label[0], half + margin), mapSize.width - half - margin);
      const y = Math.min(Math.max(t.label[1], fontSize + margin), mapSize.height - margin);
      return { name: t.name, x: Math.round(x), y: Math.round(y) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** How a district's name is set on the map: long hyphenated names on two lines ("Innenstadt-" / "West"). */
export function nameLines(name: string): string[] {
  const cut = name.indexOf('-') + 1;
  return name.length > 11 && cut > 0 ? [name.slice(0, cut), name.slice(cut)] : [name];
}

/**
 * District names placed inside their districts, clear of the place markers and of each other where
 * there is room, near their official label points otherwise. Sizes in viewBox units.
 */
export function placeDistrictLabels<L extends { name: string; x: number; y: number }>(labels: L[], markers: { x: number; y: number }[], fontSize: number, markerSize: number): (L & { lines: string[] })[] {
  const { districts } = cityShapes();
  const obstacles: LabelBox[] = markers.map((m) => ({ x: m.x, y: m.y, width: markerSize * 2, height: markerSize * 2 }));
  return labels.map((l) => {
    const lines = nameLines(l.name);
    const shape = districts.find((d) => d.name === l.name);
    if (!shape) throw new Error(`src/data/geo/dortmund-stadtbezirke.geojson: no Stadtbezirk named "${l.name}"`);
    const size = { width: Math.max(...lines.map((s) => s.length)) * CHAR_WIDTH * fontSize, height: lines.length * fontSize * 1.05 };
    const [x, y] = placeLabel(shape.rings[0], size, [l.x, l.y], obstacles);
    obstacles.push({ x, y, ...size });
    // The text's baseline: the first line sits half the block above the centre.
    return { ...l, lines, x: Math.round(x), y: Math.round(y) };
  });
}

export interface ViewName {
  name: string;
  lines: string[];
  x: number;
  y: number;
  kind: 'district' | 'town';
}

/**
 * Names for a map cut to `view`: each district and each bordering town whose visible part has room
 * for its name (font size in viewBox units), placed in that part clear of the markers where it can
 * be. `except` leaves one district out (the one a district page picks out).
 */
export function namesInView(view: Box, fontSize: number, markers: { x: number; y: number; r: number }[] = [], except?: string): ViewName[] {
  const { districts, towns } = cityShapes();
  const shapes = [
    ...districts.filter((d) => d.name !== except).map((d) => ({ ...d, kind: 'district' as const })),
    ...towns.filter((t) => t.neighbour).map((t) => ({ ...t, kind: 'town' as const })),
  ];
  const inner = { x0: view.x0 + fontSize * 0.3, y0: view.y0 + fontSize * 0.3, x1: view.x1 - fontSize * 0.3, y1: view.y1 - fontSize * 0.3 };
  const markerBoxes: LabelBox[] = markers.map((m) => ({ x: m.x, y: m.y, width: m.r * 2, height: m.r * 2 }));
  const placed: LabelBox[] = [];
  return shapes.flatMap((s) => {
    const parts = s.rings.map((r) => clip(r, inner)).filter((r) => r.length > 3);
    if (parts.length === 0) return [];
    const part = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
    const lines = s.kind === 'district' ? nameLines(s.name) : [s.name];
    const size = { width: Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH * fontSize, height: lines.length * fontSize * 1.1 };
    const [x, y] = placeLabel(part, size, labelPoint(part), [...markerBoxes, ...placed], 16);
    const box = { x, y, ...size };
    const w = size.width / 2;
    const h = size.height / 2;
    // A name may cross a district line a little, never the map's edge, never another name.
    const withinView = x - w >= inner.x0 && x + w <= inner.x1 && y - h >= inner.y0 && y + h <= inner.y1;
    const outside = [-w, 0, w].flatMap((dx) => [-h, h].map((dy) => !contains(part, [x + dx, y + dy]))).filter(Boolean).length;
    const fits = withinView && outside <= 2;
    if (!fits || placed.some((p) => overlaps(p, box))) return [];
    placed.push(box);
    return [{ name: s.name, lines, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, kind: s.kind }];
  });
}
