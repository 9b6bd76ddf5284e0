/**
 * Geometry for the local map view and route lengths. The map is a plain equirectangular projection of
 * a frame around Dortmund, scaled by the cosine of its middle latitude so that distances look right.
 * The frame is the city's extent (VG250 boundary: 7.302–7.638 °E, 51.416–51.600 °N) with about
 * 2.5 km on every side, so that the neighbouring towns show around the city for orientation.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** The area the maps show, in WGS84 degrees. */
export const mapFrame = { south: 51.392, north: 51.622, west: 7.262, east: 7.68 } as const;

const { south, north, west, east } = mapFrame;
const midLat = ((south + north) / 2) * (Math.PI / 180);
const xSpan = (east - west) * Math.cos(midLat);
const ySpan = north - south;

/** Width and height of the map's SVG viewBox. */
export const mapSize = { width: 1000, height: Math.round((1000 * ySpan) / xSpan) };

/** Position of a coordinate in the map's viewBox. */
export function project({ lat, lon }: LatLon): { x: number; y: number } {
  return {
    x: Math.round((((lon - west) * Math.cos(midLat)) / xSpan) * mapSize.width * 10) / 10,
    y: Math.round(((north - lat) / ySpan) * mapSize.height * 10) / 10,
  };
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Length of a path through the points in order, in kilometres, as the crow flies. */
export function pathKm(points: LatLon[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceKm(points[i - 1], points[i]);
  return total;
}
