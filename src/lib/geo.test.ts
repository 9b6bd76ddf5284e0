import { describe, expect, it } from 'vitest';
import { distanceKm, mapFrame, mapSize, pathKm, project } from './geo';

describe('geometry', () => {
  it('measures the distance from the Hauptbahnhof to the Fußballmuseum as about 150 m', () => {
    const station = { lat: 51.5175, lon: 7.458889 };
    const museum = { lat: 51.51625, lon: 7.458556 };
    expect(distanceKm(station, museum)).toBeCloseTo(0.141, 2);
  });

  it('measures Zeche Zollern to Phoenix-See as about 13 km', () => {
    expect(distanceKm({ lat: 51.5178, lon: 7.33465 }, { lat: 51.49, lon: 7.51 })).toBeGreaterThan(12);
    expect(distanceKm({ lat: 51.5178, lon: 7.33465 }, { lat: 51.49, lon: 7.51 })).toBeLessThan(13.5);
  });

  it('adds up a path stop by stop', () => {
    const a = { lat: 51.5, lon: 7.4 };
    const b = { lat: 51.51, lon: 7.4 };
    expect(pathKm([a, b, a])).toBeCloseTo(2 * distanceKm(a, b), 6);
    expect(pathKm([a])).toBe(0);
  });

  it('projects north-west to the top left and south-east to the bottom right', () => {
    expect(project({ lat: mapFrame.north, lon: mapFrame.west })).toEqual({ x: 0, y: 0 });
    const se = project({ lat: mapFrame.south, lon: mapFrame.east });
    expect(se.x).toBeCloseTo(mapSize.width, 0);
    expect(se.y).toBeCloseTo(mapSize.height, 0);
  });
});
