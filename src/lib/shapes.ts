/**
 * Plane geometry for drawing the city's shapes as SVG at build time: simplify a projected ring,
 * clip it to the map's frame, write it as compact path data, and find a point for its label.
 * Pure functions on [x, y] points in the map's viewBox (see geo.ts); no data is read here.
 */

export type Pt = [number, number];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Shoelace area; positive or negative depending on the ring's direction. */
export function signedArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

export function area(ring: Pt[]): number {
  return Math.abs(signedArea(ring));
}

export function bounds(rings: Pt[][]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  }
  return box;
}

/** Even-odd test: is the point inside the ring? */
export function contains(ring: Pt[], [x, y]: Pt): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open line: keeps both ends and every point farther than `tolerance`. */
function simplifyLine(pts: Pt[], tolerance: number): Pt[] {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(pts[i], pts[a], pts[b]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at > 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/**
 * Douglas–Peucker for a closed ring (first point repeated at the end): split at the point farthest
 * from the start so the ring never collapses, simplify both halves, join them again.
 */
export function simplify(ring: Pt[], tolerance: number): Pt[] {
  if (ring.length < 5) return ring;
  let far = 1;
  const dist = (p: Pt) => Math.hypot(p[0] - ring[0][0], p[1] - ring[0][1]);
  for (let i = 1; i < ring.length - 1; i++) if (dist(ring[i]) > dist(ring[far])) far = i;
  const first = simplifyLine(ring.slice(0, far + 1), tolerance);
  const second = simplifyLine(ring.slice(far), tolerance);
  return [...first, ...second.slice(1)];
}

/**
 * Sutherland–Hodgman: the part of a ring inside a box (the box is convex, so the result is one
 * ring, possibly with edges along the box). Returns an empty array when nothing is inside.
 */
export function clip(ring: Pt[], box: Box): Pt[] {
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= box.x0, (a, b) => [box.x0, a[1] + ((b[1] - a[1]) * (box.x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= box.x1, (a, b) => [box.x1, a[1] + ((b[1] - a[1]) * (box.x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= box.y0, (a, b) => [a[0] + ((b[0] - a[0]) * (box.y0 - a[1])) / (b[1] - a[1]), box.y0]],
    [(p) => p[1] <= box.y1, (a, b) => [a[0] + ((b[0] - a[0]) * (box.y1 - a[1])) / (b[1] - a[1]), box.y1]],
  ];
  let out = ring[0] && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return [...out, out[0]];
}

/** Rounds to `digits` decimals and drops trailing zeros: 12.50 → "12.5", -0.0 → "0". */
function num(n: number, digits: number): string {
  const s = n.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * SVG path data for closed rings: an absolute start, then relative steps, rounded to `digits`
 * decimals (a point that rounds onto its predecessor is left out). Relative steps are short and
 * repeat, so they compress well.
 */
export function pathData(rings: Pt[][], digits = 1): string {
  const f = 10 ** digits;
  return rings
    .map((ring) => {
      const pts = ring.map(([x, y]) => [Math.round(x * f), Math.round(y * f)] as Pt);
      let d = `M${num(pts[0][0] / f, digits)} ${num(pts[0][1] / f, digits)}`;
      let [px, py] = pts[0];
      const end = pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1] ? pts.length - 1 : pts.length;
      for (let i = 1; i < end; i++) {
        const [x, y] = pts[i];
        if (x === px && y === py) continue;
        const dy = num((y - py) / f, digits);
        d += `l${num((x - px) / f, digits)}${dy.startsWith('-') ? '' : ' '}${dy}`;
        [px, py] = [x, y];
      }
      return `${d}z`;
    })
    .join('');
}

/** Shortest distance from a point to the edges of a ring. */
export function distanceToRing(p: Pt, ring: Pt[]): number {
  let d = Infinity;
  for (let k = 1; k < ring.length; k++) d = Math.min(d, segmentDistance(p, ring[k - 1], ring[k]));
  return d;
}

/**
 * A good place for a label inside the ring: the point of a grid over its box that lies inside and
 * farthest from every edge (a coarse "pole of inaccessibility"). Falls back to the box's centre.
 */
export function labelPoint(ring: Pt[], steps = 40): Pt {
  const b = bounds([ring]);
  let best: Pt = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Pt = [b.x0 + ((b.x1 - b.x0) * i) / steps, b.y0 + ((b.y1 - b.y0) * j) / steps];
      if (!contains(ring, p)) continue;
      const d = distanceToRing(p, ring);
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

export interface LabelBox {
  /** Centre of the label. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Do two label boxes overlap? */
export const overlaps = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/**
 * Where a label of the given size goes inside a ring: the candidate (on a grid over the ring, plus
 * the preferred point) whose box stays inside the ring, covers the fewest obstacles (markers, other
 * labels) and lies nearest the preferred point. Returns the centre of the box.
 */
export function placeLabel(ring: Pt[], size: { width: number; height: number }, preferred: Pt, obstacles: LabelBox[], steps = 24): Pt {
  const b = bounds([ring]);
  const candidates: Pt[] = [preferred];
  for (let i = 0; i <= steps; i++) for (let j = 0; j <= steps; j++) candidates.push([b.x0 + ((b.x1 - b.x0) * i) / steps, b.y0 + ((b.y1 - b.y0) * j) / steps]);
  const span = Math.hypot(b.x1 - b.x0, b.y1 - b.y0);
  let best = preferred;
  let bestScore = Infinity;
  for (const [x, y] of candidates) {
    const box = { x, y, ...size };
    const w = size.width / 2;
    const h = size.height / 2;
    // Nine points of the box: each one outside the ring counts against it.
    let outside = 0;
    for (const dx of [-w, 0, w]) for (const dy of [-h, 0, h]) if (!contains(ring, [x + dx, y + dy])) outside++;
    if (!contains(ring, [x, y])) continue;
    const hits = obstacles.filter((o) => overlaps(box, o)).length;
    const score = outside * 3 + hits * 4 + Math.hypot(x - preferred[0], y - preferred[1]) / span;
    if (score < bestScore) [best, bestScore] = [[x, y], score];
  }
  return best;
}

/**
 * Moves markers apart until no two are closer than `minDistance` (as in a tourist map's crowded
 * centre), each as little as it can: pairs push each other apart, and each marker is pulled gently
 * back towards its true position. Deterministic; markers already far enough apart stay put.
 */
export function spread(points: Pt[], minDistance: number, iterations = 300): Pt[] {
  const pos = points.map(([x, y]) => [x, y] as Pt);
  for (let it = 0; it < iterations; it++) {
    // In the first half each marker is pulled gently back towards its true position; the second half
    // only pushes, until no two overlap.
    if (it > 0 && it < iterations / 2) for (let i = 0; i < pos.length; i++) pos[i] = [pos[i][0] + (points[i][0] - pos[i][0]) * 0.05, pos[i][1] + (points[i][1] - pos[i][1]) * 0.05];
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[j][0] - pos[i][0];
        let dy = pos[j][1] - pos[i][1];
        let d = Math.hypot(dx, dy);
        if (d >= minDistance * 0.999) continue;
        if (d < 1e-6) {
          // Same spot: part them along a direction that depends on the pair, not on chance.
          const angle = (i * 7 + j * 13) % 360 * (Math.PI / 180);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (minDistance - Math.min(d, minDistance)) / 2 + minDistance * 0.001;
        const [ux, uy] = [dx / d, dy / d];
        pos[i] = [pos[i][0] - ux * push, pos[i][1] - uy * push];
        pos[j] = [pos[j][0] + ux * push, pos[j][1] + uy * push];
        moved = true;
      }
    }
    if (!moved) break;
  }
  return pos;
}
