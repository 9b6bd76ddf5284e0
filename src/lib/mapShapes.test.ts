import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { districts as districtNames } from '../schemas/enums';
import { mapSize, project } from './geo';
import { area, contains, overlaps } from './shapes';
import { cityShapes, nameLines, namesInView, parseFeatures, placeDistrictLabels, townLabels } from './mapShapes';
import { baseMapSvg, districtView, mapColours } from './mapSvg';
import { tokenValue } from './brandTokens';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
/** km² per square viewBox unit. */
const km2 = (28.94 / mapSize.width) ** 2;
const districtEntries = readdirSync('content/districts/de').map((f) => yaml.load(readFileSync(`content/districts/de/${f}`, 'utf8').split('---')[1]) as { district: string; key: string; labelPoint: { lat: number; lon: number } });

describe('the city shapes shipped in src/data/geo', () => {
  const { city, districts, towns } = cityShapes();

  it('has the 12 Stadtbezirke by their names, and they fill the city', () => {
    expect(districts.map((d) => d.name).sort()).toEqual([...districtNames].sort());
    const total = districts.reduce((sum, d) => sum + area(d.rings[0]), 0);
    // 279.7 km² per the README (official 280.7 km²); VG250's boundary: 278.6 km².
    expect(total * km2).toBeGreaterThan(270);
    expect(total * km2).toBeLessThan(290);
    expect(area(city.rings[0]) * km2).toBeGreaterThan(270);
    expect(area(city.rings[0]) * km2).toBeLessThan(290);
  });

  it("puts every district's label point (content/districts) inside its shape", () => {
    for (const entry of districtEntries) {
      const shape = districts.find((d) => d.name === entry.district)!;
      const { x, y } = project(entry.labelPoint);
      expect(contains(shape.rings[0], [x, y]), entry.district).toBe(true);
    }
  });

  it('names the 11 towns that border Dortmund, inside the map', () => {
    const labels = townLabels(26);
    expect(labels.map((t) => t.name)).toEqual(['Bochum', 'Castrop-Rauxel', 'Hagen', 'Herdecke', 'Holzwickede', 'Kamen', 'Lünen', 'Schwerte', 'Unna', 'Waltrop', 'Witten']);
    for (const t of labels) {
      const half = t.name.length * 0.6 * 13;
      expect(t.x - half, t.name).toBeGreaterThanOrEqual(0);
      expect(t.x + half, t.name).toBeLessThanOrEqual(mapSize.width);
    }
    // Towns further away are drawn, unnamed.
    expect(towns.find((t) => t.name === 'Herne')?.neighbour).toBe(false);
  });

  it('places district names inside their districts and clear of one another', () => {
    const labels = placeDistrictLabels(districtNames.map((name) => ({ name, x: 0, y: 0 })), [], 27, 16);
    for (const l of labels) expect(contains(districts.find((d) => d.name === l.name)!.rings[0], [l.x, l.y]), l.name).toBe(true);
    const boxes = labels.map((l) => ({ x: l.x, y: l.y, width: Math.max(...l.lines.map((s) => s.length)) * 0.6 * 27, height: l.lines.length * 27 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `${labels[i].name} / ${labels[j].name}`).toBe(false);
    expect(nameLines('Innenstadt-West')).toEqual(['Innenstadt-', 'West']);
    expect(nameLines('Hörde')).toEqual(['Hörde']);
  });

  it("names a district's neighbours on its map, not the district itself", () => {
    const names = namesInView(districtView('Hörde'), 20, [], 'Hörde').map((n) => n.name);
    expect(names).not.toContain('Hörde');
    expect(names).toEqual(expect.arrayContaining(['Hombruch', 'Aplerbeck']));
  });

  it('fails naming the file when a shape is not a polygon or has no name', () => {
    expect(() => parseFeatures('{"features":[{"properties":{},"geometry":{"type":"Polygon","coordinates":[]}}]}', 'x.geojson')).toThrow('x.geojson: feature 0 has no property "name"');
    expect(() => parseFeatures('{"features":[{"properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[0,0]}}]}', 'x.geojson')).toThrow('x.geojson: feature "A" is a Point, not a polygon');
    expect(() => districtView('Atlantis')).toThrow('no Stadtbezirk named "Atlantis"');
  });
});

describe('the base map image', () => {
  const colours = mapColours(tokens);
  const svg = baseMapSvg(colours);

  it('takes its colours from tokens.css', () => {
    expect(colours.land).toBe(tokenValue(tokens, '--do-map-land'));
    expect(colours.districtLine).toBe('#ffffff');
    expect(svg).toContain(`fill="${colours.land}"`);
    expect(svg).toContain(`stroke="${colours.boundary}"`);
  });

  it('is self-contained: no text, no reference to any other file or host', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<text|<image|url\((?!#)|href="(?!#)/);
    expect(svg.length).toBeLessThan(40_000);
  });

  it('picks out one district on its own frame', () => {
    const hoerde = baseMapSvg(colours, { view: districtView('Hörde'), highlight: 'Hörde' });
    expect(hoerde).toContain(`stroke="${colours.highlightLine}"`);
    const view = districtView('Hörde');
    expect(hoerde).toContain(`viewBox="${view.x0} ${view.y0} `);
    expect(svg).not.toContain(`stroke="${colours.highlightLine}"`);
  });
});

describe('tokenValue', () => {
  it('resolves var() references and names a missing token', () => {
    const css = ':root { --a: #123456; --b: var(--a); --bb: red; }';
    expect(tokenValue(css, '--b')).toBe('#123456');
    expect(tokenValue(css, '--bb')).toBe('red');
    expect(() => tokenValue(css, '--c')).toThrow('tokens.css: --c is not defined');
    expect(() => tokenValue(':root { --x: var(--x); }', '--x')).toThrow('refers to itself');
  });
});
