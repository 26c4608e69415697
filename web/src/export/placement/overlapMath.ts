// Geometry of figure overlaps: every label and node is a convex quadrilateral (a box, possibly rotated),
// and two of them overlap when they share more than a small tolerance along every separating axis.
// Used by the placer (on the snapshot) and by the SVG check (on the written document), so both agree.
import type { LabelSnap, Pt, SnapNode } from '../types.ts';

/** Four corners in order (a convex polygon). */
export type Quad = [Pt, Pt, Pt, Pt];

export interface Aabb {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Overlaps thinner than this (model units / px) are touching, not overlapping. */
export const TOLERANCE = 0.5;

export function rectQuad(x: number, y: number, w: number, h: number): Quad {
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ];
}

export function rotateQuad(q: Quad, about: Pt, angle: number): Quad {
  if (!angle) return q;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return q.map((p) => {
    const dx = p.x - about.x;
    const dy = p.y - about.y;
    return { x: about.x + dx * c - dy * s, y: about.y + dx * s + dy * c };
  }) as Quad;
}

export function aabbOf(q: readonly Pt[]): Aabb {
  const xs = q.map((p) => p.x);
  const ys = q.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/** The label's box as the SVG writer draws it: anchored by halign/valign at (x, y), rotated about (x, y). */
export function labelQuad(l: LabelSnap): Quad {
  const left = l.halign === 'left' ? -l.width : l.halign === 'center' ? -l.width / 2 : 0;
  const top = l.valign === 'top' ? -l.height : l.valign === 'center' ? -l.height / 2 : 0;
  const pad = l.background && l.background.opacity > 0 ? l.background.padding : 0;
  const q = rectQuad(l.x + left - pad, l.y + top - pad, l.width + 2 * pad, l.height + 2 * pad);
  return rotateQuad(q, { x: l.x, y: l.y }, l.angle);
}

/** The node's shape box (its border included). */
export function nodeQuad(n: Pick<SnapNode, 'x' | 'y' | 'w' | 'h' | 'border'>): Quad {
  const b = n.border.width / 2;
  return rectQuad(n.x - n.w / 2 - b, n.y - n.h / 2 - b, n.w + 2 * b, n.h + 2 * b);
}

function axesOf(q: readonly Pt[]): Pt[] {
  return q.map((p, i) => {
    const n = q[(i + 1) % q.length]!;
    const dx = n.x - p.x;
    const dy = n.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    return { x: -dy / len, y: dx / len };
  });
}

function project(q: readonly Pt[], axis: Pt): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of q) {
    const v = p.x * axis.x + p.y * axis.y;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}

/** Separating-axis test on convex polygons: true when they overlap by more than `tol` on every axis. */
export function overlaps(a: readonly Pt[], b: readonly Pt[], tol = TOLERANCE): boolean {
  for (const axis of [...axesOf(a), ...axesOf(b)]) {
    const [a1, a2] = project(a, axis);
    const [b1, b2] = project(b, axis);
    if (Math.min(a2, b2) - Math.max(a1, b1) <= tol) return false;
  }
  return true;
}
