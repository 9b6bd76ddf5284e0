import { describe, expect, it } from 'vitest';
import { area, bounds, clip, contains, labelPoint, overlaps, pathData, placeLabel, simplify, spread, type Pt } from './shapes';

const square: Pt[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];

describe('plane geometry for the map', () => {
  it('measures the area and box of a ring', () => {
    expect(area(square)).toBe(100);
    expect(bounds([square])).toEqual({ x0: 0, y0: 0, x1: 10, y1: 10 });
  });

  it('tells inside from outside', () => {
    expect(contains(square, [5, 5])).toBe(true);
    expect(contains(square, [11, 5])).toBe(false);
    // An L shape: the notch is outside.
    const l: Pt[] = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10], [0, 0]];
    expect(contains(l, [7, 7])).toBe(false);
    expect(contains(l, [2, 7])).toBe(true);
  });

  it('simplifies a wobbly edge within the tolerance and keeps the corners', () => {
    const wobbly: Pt[] = [[0, 0], ...Array.from({ length: 99 }, (_, i) => [(i + 1) / 10, i % 2 ? 0.05 : -0.05] as Pt), [10, 0], [10, 10], [0, 10], [0, 0]];
    const out = simplify(wobbly, 0.2);
    expect(out.length).toBeLessThan(10);
    for (const corner of [[10, 10], [0, 10]] as Pt[]) expect(out).toContainEqual(corner);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(Math.abs(area(out) - area(wobbly))).toBeLessThan(2);
    // Nothing is dropped that lies farther than the tolerance.
    const spike: Pt[] = [[0, 0], [5, 0], [5.5, 3], [6, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(simplify(spike, 1)).toContainEqual([5.5, 3]);
  });

  it('clips a ring to a box, with edges along the box', () => {
    const out = clip(square, { x0: 5, y0: -5, x1: 20, y1: 5 });
    expect(area(out)).toBeCloseTo(25, 6);
    expect(bounds([out])).toEqual({ x0: 5, y0: 0, x1: 10, y1: 5 });
    expect(clip(square, { x0: 20, y0: 20, x1: 30, y1: 30 })).toEqual([]);
  });

  it('writes compact path data: an absolute start, relative steps, closed', () => {
    expect(pathData([square])).toBe('M0 0l10 0l0 10l-10 0z');
    expect(pathData([[[1.26, 2], [3.5, 2.04], [3.5, 2.04], [1.26, 2]]])).toBe('M1.3 2l2.2 0z');
    expect(pathData([square, square.map(([x, y]) => [x + 20, y] as Pt)])).toBe('M0 0l10 0l0 10l-10 0zM20 0l10 0l0 10l-10 0z');
  });

  it('puts a label inside a shape, away from its edges', () => {
    const [x, y] = labelPoint(square);
    expect(x).toBeCloseTo(5, 0);
    expect(y).toBeCloseTo(5, 0);
    const l: Pt[] = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]];
    expect(contains(l, labelPoint(l))).toBe(true);
  });

  it('moves a label off a marker when there is room, and keeps it inside', () => {
    const big: Pt[] = [[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]];
    const marker = { x: 50, y: 50, width: 10, height: 10 };
    const [x, y] = placeLabel(big, { width: 30, height: 10 }, [50, 50], [marker]);
    expect(overlaps({ x, y, width: 30, height: 10 }, marker)).toBe(false);
    expect(x - 15).toBeGreaterThanOrEqual(0);
    expect(x + 15).toBeLessThanOrEqual(100);
    // Without obstacles it stays at the preferred point.
    expect(placeLabel(big, { width: 30, height: 10 }, [40, 60], [])).toEqual([40, 60]);
  });

  it('spreads crowded markers apart and leaves lonely ones where they are', () => {
    const pts: Pt[] = [[0, 0], [1, 0], [0, 1], [1, 1], [100, 100]];
    const out = spread(pts, 10);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) expect(Math.hypot(out[i][0] - out[j][0], out[i][1] - out[j][1])).toBeGreaterThanOrEqual(9.9);
    }
    expect(out[4]).toEqual([100, 100]);
    // Two markers on the same spot part too, the same way every time.
    const same = spread([[5, 5], [5, 5]], 4);
    expect(Math.hypot(same[0][0] - same[1][0], same[0][1] - same[1][1])).toBeGreaterThanOrEqual(3.9);
    expect(spread([[5, 5], [5, 5]], 4)).toEqual(same);
  });
});
