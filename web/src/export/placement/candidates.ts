// Candidate positions for a label: around its node (node labels) or along its edge (edge labels).
// A candidate is a whole LabelSnap, centred on its box, so the SVG writer draws it unchanged.
import type { Measure } from '../layout.ts';
import type { LabelSnap, Pt, SnapNode } from '../types.ts';
import { pointAt, readable } from './pathGeom.ts';

const GAP = 3;
/** Tried in order: the middle of the edge first, then outwards to both ends. */
const FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

/** The label re-measured with the figure's measure, so placer and check agree on its size. */
export function fitLabel(l: LabelSnap, measure: Measure): LabelSnap {
  const width = Math.max(0, ...l.lines.map((t) => measure(t, l.font)));
  return { ...l, width, height: Math.max(l.height, l.lines.length * l.lineHeight) };
}

const centred = (l: LabelSnap, x: number, y: number, angle = 0): LabelSnap => ({
  ...l,
  x,
  y,
  angle,
  halign: 'center',
  valign: 'center',
});

/** Around the node: below (Cytoscape's place), above, right, left, the corners, then further out. */
export function nodeLabelCandidates(n: SnapNode, l: LabelSnap): LabelSnap[] {
  const out: LabelSnap[] = [l];
  for (let ring = 0; ring < 6; ring++) {
    const d = GAP + ring * (l.height + GAP);
    const below = n.y + n.h / 2 + d + l.height / 2;
    const above = n.y - n.h / 2 - d - l.height / 2;
    const right = n.x + n.w / 2 + d + l.width / 2;
    const left = n.x - n.w / 2 - d - l.width / 2;
    out.push(
      centred(l, n.x, below),
      centred(l, n.x, above),
      centred(l, right, n.y),
      centred(l, left, n.y),
      centred(l, right, below),
      centred(l, left, below),
      centred(l, right, above),
      centred(l, left, above),
    );
  }
  return out;
}

/** Half the label box's extent along a unit direction, when the label is turned by `angle`. */
function halfExtent(l: LabelSnap, angle: number, dir: Pt): number {
  const along = Math.cos(angle) * dir.x + Math.sin(angle) * dir.y;
  const across = -Math.sin(angle) * dir.x + Math.cos(angle) * dir.y;
  return Math.abs((l.width / 2) * along) + Math.abs((l.height / 2) * across);
}

/** Along the edge's polyline: each fraction on the line, then beside it; rotated like the edge, and level. */
export function edgeLabelCandidates(line: Pt[], l: LabelSnap, first?: LabelSnap): LabelSnap[] {
  const out: LabelSnap[] = first ? [first] : [];
  const rotated = l.angle !== 0 || (first?.angle ?? 0) !== 0;
  for (const side of [0, 1, -1, 2, -2])
    for (const f of FRACTIONS) {
      const p = pointAt(line, f);
      const a = readable(p.angle);
      const normal = { x: -Math.sin(a), y: Math.cos(a) };
      for (const angle of rotated ? [a, 0] : [0]) {
        // Beside the line: off it by the box's half extent across the edge, then one more box per step.
        const k = Math.abs(side);
        const shift = Math.sign(side) * ((2 * k - 1) * halfExtent(l, angle, normal) + k * GAP);
        out.push(centred(l, p.x + normal.x * shift, p.y + normal.y * shift, angle));
      }
    }
  return out;
}

const SPIRAL_RINGS = 12;
const SPIRAL_STEPS = 16;

/** Last resort: level positions on rings of growing radius around a point (the label stays near it). */
export function spiralCandidates(l: LabelSnap, at: Pt, rings = SPIRAL_RINGS): LabelSnap[] {
  const out: LabelSnap[] = [];
  for (let ring = 1; ring <= rings; ring++) {
    const r = ring * (l.height + GAP);
    for (let s = 0; s < SPIRAL_STEPS; s++) {
      const a = (2 * Math.PI * s) / SPIRAL_STEPS;
      out.push(centred(l, at.x + Math.cos(a) * (r + l.width / 2), at.y + Math.sin(a) * r));
    }
  }
  return out;
}
