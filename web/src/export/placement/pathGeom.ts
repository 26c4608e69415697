// Points along an edge's drawn path (quadratic pairs or a polyline), by fraction of its length.
import type { Pt, SnapEdge } from '../types.ts';

const STEPS = 12;

function quad(p0: Pt, c: Pt, p1: Pt, t: number): Pt {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y };
}

/** The path as a polyline (curves sampled). */
export function polylineOf(path: SnapEdge['path']): Pt[] {
  const pts = path.points;
  if (path.kind !== 'bezier' || pts.length < 3) return pts;
  const out: Pt[] = [pts[0]!];
  for (let i = 1; i + 1 < pts.length; i += 2)
    for (let s = 1; s <= STEPS; s++) out.push(quad(pts[i - 1]!, pts[i]!, pts[i + 1]!, s / STEPS));
  return out;
}

export interface PathPoint extends Pt {
  /** Direction of travel, radians. */
  angle: number;
}

/** The point at fraction `f` (0..1) of the polyline's length, with its direction. */
export function pointAt(line: Pt[], f: number): PathPoint {
  if (line.length < 2) return { x: line[0]?.x ?? 0, y: line[0]?.y ?? 0, angle: 0 };
  const lens = line.slice(1).map((p, i) => Math.hypot(p.x - line[i]!.x, p.y - line[i]!.y));
  const total = lens.reduce((a, b) => a + b, 0);
  let left = Math.max(0, Math.min(1, f)) * total;
  for (let i = 0; i < lens.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if (left <= lens[i]! || i === lens.length - 1) {
      const t = lens[i]! > 0 ? Math.min(1, left / lens[i]!) : 0;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    left -= lens[i]!;
  }
  return { x: line[0]!.x, y: line[0]!.y, angle: 0 };
}

/** Text reads left to right: an angle folded into (-π/2, π/2]. */
export function readable(angle: number): number {
  let a = angle;
  while (a > Math.PI / 2) a -= Math.PI;
  while (a <= -Math.PI / 2) a += Math.PI;
  return a;
}
