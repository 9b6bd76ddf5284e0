/**
 * The base of the local maps as stand-alone SVG files (served from this site, cached, loaded as
 * images): neighbouring towns, the 12 Stadtbezirke and the city boundary, without text. Names, places
 * and the credit are drawn by the page on top, in the page's font and accessible as text.
 * Colours are presentation attributes (a stand-alone image cannot read the page's CSS custom
 * properties); they are the map tokens of tokens.css, passed in by the caller.
 */
import { pathData, type Box } from './shapes';
import { cityShapes, type Shape, type Town } from './mapShapes';
import { mapSize } from './geo';
import { tokenValue } from './brandTokens';

export interface MapColours {
  /** The land around the city. */
  around: string;
  aroundLine: string;
  /** The city's land. */
  land: string;
  /** Lines between districts. */
  districtLine: string;
  /** The city boundary. */
  boundary: string;
  /** A highlighted district (district pages). */
  highlight: string;
  highlightLine: string;
}

/** A viewBox around one shape with a margin, widened or heightened to the given aspect ratio. */
export function frameAround(box: Box, ratio: number, margin = 0.15): Box {
  const mx = (box.x1 - box.x0) * margin;
  const my = (box.y1 - box.y0) * margin;
  return fitToRatio({ x0: box.x0 - mx, x1: box.x1 + mx, y0: box.y0 - my, y1: box.y1 + my }, ratio);
}

/** A box widened or heightened about its centre to the given aspect ratio, rounded to 0.1. */
export function fitToRatio(box: Box, ratio: number): Box {
  let { x0, x1, y0, y1 } = box;
  if ((x1 - x0) / (y1 - y0) < ratio) {
    const w = (y1 - y0) * ratio;
    const cx = (x0 + x1) / 2;
    [x0, x1] = [cx - w / 2, cx + w / 2];
  } else {
    const h = (x1 - x0) / ratio;
    const cy = (y0 + y1) / 2;
    [y0, y1] = [cy - h / 2, cy + h / 2];
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1) };
}

export const viewBoxOf = (b: Box) => `${b.x0} ${b.y0} ${Math.round((b.x1 - b.x0) * 10) / 10} ${Math.round((b.y1 - b.y0) * 10) / 10}`;

/** Width to height of the district maps. */
export const DISTRICT_RATIO = 4 / 3;

/** The frame of a district's map: its shape with a margin, at DISTRICT_RATIO. */
export function districtView(name: string): Box {
  const shape = cityShapes().districts.find((s) => s.name === name);
  if (!shape) throw new Error(`src/data/geo/dortmund-stadtbezirke.geojson: no Stadtbezirk named "${name}"`);
  return frameAround(shape.box, DISTRICT_RATIO, 0.12);
}

/**
 * The SVG file. Strokes keep their width in screen pixels at any size (non-scaling-stroke), so the
 * same drawing serves the whole city and one district. `highlight` names a district to pick out.
 */
export function baseMapSvg(colours: MapColours, options: { view?: Box; highlight?: string } = {}): string {
  const { city, districts, towns } = cityShapes();
  const view = options.view ?? { x0: 0, y0: 0, x1: mapSize.width, y1: mapSize.height };
  const scale = mapSize.width / (view.x1 - view.x0);
  // Finer detail when zoomed in: the shapes are kept at TOLERANCE, the path precision follows the zoom.
  const digits = scale > 2.5 ? 2 : 1;
  const d = (s: Shape | Town) => pathData(s.rings, digits);
  const ns = 'vector-effect="non-scaling-stroke" stroke-linejoin="round"';
  const highlighted = districts.find((s) => s.name === options.highlight);
  const r = (n: number) => Math.round(n * 100) / 100;
  const w = Math.round(((view.x1 - view.x0) * 10)) / 10;
  const h = Math.round(((view.y1 - view.y0) * 10)) / 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxOf(view)}" width="${Math.round(w * scale)}" height="${Math.round(h * scale)}">`,
    `<rect x="${view.x0 - 10}" y="${view.y0 - 10}" width="${w + 20}" height="${h + 20}" fill="${colours.around}"/>`,
    `<path d="${towns.map(d).join('')}" fill="${colours.around}" stroke="${colours.aroundLine}" stroke-width="1" ${ns}/>`,
    // The city's outline once, used four times: as a soft shadow, as land, as the clip for the districts, as the boundary.
    `<defs><path id="city" d="${d(city)}"/><clipPath id="c"><use href="#city"/></clipPath>`,
    `<filter id="s" x="-10%" y="-10%" width="120%" height="120%"><feDropShadow dx="0" dy="${r(3 / scale)}" stdDeviation="${r(4 / scale)}" flood-color="${colours.boundary}" flood-opacity="0.3"/></filter></defs>`,
    `<use href="#city" fill="${colours.land}" filter="url(#s)"/>`,
    `<g clip-path="url(#c)">`,
    `<path d="${districts.map(d).join('')}" fill="${colours.land}" stroke="${colours.districtLine}" stroke-width="1.5" ${ns}/>`,
    highlighted ? `<path d="${d(highlighted)}" fill="${colours.highlight}" stroke="${colours.highlightLine}" stroke-width="2.5" ${ns}/>` : '',
    `</g>`,
    // The boundary: a soft band inside the line, then the line itself.
    `<use href="#city" fill="none" stroke="${colours.boundary}" stroke-opacity="0.18" stroke-width="7" ${ns}/>`,
    `<use href="#city" fill="none" stroke="${colours.boundary}" stroke-width="1.75" ${ns}/>`,
    `</svg>`,
  ].join('');
}

/** The map colours from tokens.css (its text, e.g. imported with ?raw). */
export function mapColours(tokensCss: string): MapColours {
  const v = (name: string) => tokenValue(tokensCss, `--do-map-${name}`);
  return {
    around: v('around'),
    aroundLine: v('around-line'),
    land: v('land'),
    districtLine: v('district-line'),
    boundary: v('boundary'),
    highlight: v('highlight'),
    highlightLine: v('highlight-line'),
  };
}

/** Address of a map image: the whole city, or one district picked out. */
export function mapImagePath(districtKey?: string): string {
  return districtKey ? `/karten/stadtbezirk-${districtKey}.svg` : '/karten/dortmund.svg';
}
