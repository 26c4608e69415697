// The model-coordinate box a placed figure needs: its nodes, labels, edge paths and arrows,
// so a label moved off Cytoscape's own bounding box is not clipped by the graph area.
import type { GraphSnapshot, Pt, Rect } from '../types.ts';
import { aabbOf, labelQuad, nodeQuad } from './overlapMath.ts';
import { polylineOf } from './pathGeom.ts';

const MARGIN = 2;

export function extentOf(snap: GraphSnapshot): Rect {
  const pts: Pt[] = [];
  for (const n of snap.nodes) {
    pts.push(...nodeQuad(n));
    if (n.label) pts.push(...labelQuad(n.label));
  }
  for (const e of snap.edges) {
    pts.push(...polylineOf(e.path));
    if (e.label) pts.push(...labelQuad(e.label));
    for (const a of [e.sourceArrow, e.targetArrow])
      if (a)
        pts.push(
          { x: a.tip.x - a.size / 2, y: a.tip.y - a.size / 2 },
          { x: a.tip.x + a.size / 2, y: a.tip.y + a.size / 2 },
        );
  }
  if (!pts.length) return snap.bounds;
  const b = aabbOf(pts);
  return {
    x: b.x1 - MARGIN,
    y: b.y1 - MARGIN,
    w: Math.ceil(b.x2 - b.x1 + 2 * MARGIN),
    h: Math.ceil(b.y2 - b.y1 + 2 * MARGIN),
  };
}
