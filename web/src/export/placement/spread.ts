// Nodes drawn on top of each other are pushed apart a little (the picture keeps its shape); edges follow.
import type { Pt, SnapEdge, SnapNode } from '../types.ts';

const GAP = 4;
const ROUNDS = 40;

function pushApart(a: SnapNode, b: SnapNode, moves: Map<string, Pt>): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const needX = (a.w + b.w) / 2 + GAP - Math.abs(dx);
  const needY = (a.h + b.h) / 2 + GAP - Math.abs(dy);
  if (needX <= 0 || needY <= 0) return false;
  // Along the axis that needs the smaller push; coincident nodes split sideways.
  const alongX = needX <= needY;
  const sign = (alongX ? dx : dy) >= 0 ? 1 : -1;
  const half = ((alongX ? needX : needY) / 2) * sign;
  const mv = (n: SnapNode, d: number) => {
    const m = moves.get(n.id) ?? { x: 0, y: 0 };
    if (alongX) {
      n.x += d;
      m.x += d;
    } else {
      n.y += d;
      m.y += d;
    }
    moves.set(n.id, m);
  };
  mv(a, -half);
  mv(b, half);
  return true;
}

/** Copies of the nodes with overlapping leaves pushed apart, and each moved node's displacement. */
export function spreadNodes(nodes: SnapNode[]): { nodes: SnapNode[]; moves: Map<string, Pt> } {
  const out = nodes.map((n) => ({ ...n }));
  const leaves = out.filter((n) => !n.isParent);
  const moves = new Map<string, Pt>();
  const reach = Math.max(0, ...leaves.map((n) => n.w)) + GAP;
  for (let round = 0; round < ROUNDS; round++) {
    // Sweep by x: only nodes closer than the widest node can touch (near-linear for spread-out graphs).
    leaves.sort((a, b) => a.x - b.x);
    let moved = false;
    for (let i = 0; i < leaves.length; i++)
      for (let j = i + 1; j < leaves.length && leaves[j]!.x - leaves[i]!.x < reach; j++)
        if (pushApart(leaves[i]!, leaves[j]!, moves)) moved = true;
    if (!moved) break;
  }
  for (const n of out) {
    const m = moves.get(n.id);
    if (m && n.label) n.label = { ...n.label, x: n.label.x + m.x, y: n.label.y + m.y };
  }
  return { nodes: out, moves };
}

const add = (p: Pt, d: Pt): Pt => ({ x: p.x + d.x, y: p.y + d.y });

/** Edges bent along with their moved end nodes: each path point shifts by the blend of both ends' moves. */
export function followNodes(edges: SnapEdge[], moves: Map<string, Pt>): SnapEdge[] {
  const zero = { x: 0, y: 0 };
  return edges.map((e) => {
    const s = moves.get(e.source) ?? zero;
    const t = moves.get(e.target) ?? zero;
    if (s === zero && t === zero) return e;
    const n = e.path.points.length;
    const points = e.path.points.map((p, i) => {
      const f = n > 1 ? i / (n - 1) : 0;
      return add(p, { x: s.x + (t.x - s.x) * f, y: s.y + (t.y - s.y) * f });
    });
    return {
      ...e,
      path: { ...e.path, points },
      sourceArrow: e.sourceArrow && { ...e.sourceArrow, tip: add(e.sourceArrow.tip, s) },
      targetArrow: e.targetArrow && { ...e.targetArrow, tip: add(e.targetArrow.tip, t) },
    };
  });
}
