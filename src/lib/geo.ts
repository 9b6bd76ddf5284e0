/**
 * Geometry for the local map view and route lengths. The map is a plain equirectangular projection of
 * the Dortmund bounding box, scaled by the cosine of its middle latitude so that distances look right.
 */
import { dortmundBounds } from '../schemas/place';

export interface LatLon {
  lat: number;
  lon: number;
}

const { south, north, west, east } = dortmundBounds;
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
