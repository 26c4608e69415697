// Test data: a crowded figure like the nk-troops-kursk view (ten labelled edges between one pair,
// two nodes on top of each other, a node sitting on an edge label).
import { claim, edge, node, snapshot } from '../testFixtures.ts';
import type { GraphSnapshot, LabelSnap, SnapEdge } from '../types.ts';
import { pointAt, polylineOf, readable } from './pathGeom.ts';

const TYPES = ['SENDS_TROOPS_TO', 'SUPPLIES', 'PROVIDES_TECHNOLOGY_TO', 'OCCUPIES', 'PAYS'];

export function edgeLabel(text: string, e: SnapEdge): LabelSnap {
  const mid = pointAt(polylineOf(e.path), 0.5);
  return {
    lines: [text],
    x: mid.x,
    y: mid.y,
    halign: 'center',
    valign: 'center',
    justify: 'center',
    font: { family: 'DejaVu Sans', size: 7, weight: 'normal', style: 'normal' },
    color: 'rgb(60,60,60)',
    opacity: 1,
    lineHeight: 8.4,
    width: text.length * 7 * 0.55,
    height: 8.4,
    angle: readable(mid.angle),
    outline: null,
    background: { color: '#ffffff', opacity: 0.85, padding: 1 },
  };
}

/** `k` parallel curved edges between russia (0,0) and north-korea (160,40), control points `step` apart. */
export function crowdedSnapshot(k = 10, step = 6): GraphSnapshot {
  const edges: SnapEdge[] = [];
  for (let i = 0; i < k; i++) {
    const type = TYPES[i % TYPES.length]!;
    const [s, t] = i % 3 === 2 ? ['north-korea', 'russia'] : ['russia', 'north-korea'];
    const off = (i - (k - 1) / 2) * step;
    const a = s === 'russia' ? { x: 0, y: 0 } : { x: 160, y: 40 };
    const b = s === 'russia' ? { x: 160, y: 40 } : { x: 0, y: 0 };
    const c = { x: 80 - off * 0.24, y: 20 + off * 0.97 };
    const e = edge(
      `e${i}`,
      s,
      t,
      [
        claim(`c${i}`, {
          type,
          source: s,
          target: t,
          article: { id: `a${i}`, title: `t${i}`, outlet: 'NOS', published: '2024-10-28' },
        }),
      ],
      {
        type,
        path: { kind: 'bezier', points: [a, c, b] },
      },
    );
    edges.push({ ...e, label: edgeLabel(`${type.toLowerCase().replace(/_/g, ' ')} ×${i + 1}`, e) });
  }
  const n = (id: string, x: number, y: number) =>
    node(id, { x, y, label: { ...node(id).label!, lines: [id], x, y: y + 18, width: id.length * 5.5 } });
  return {
    nodes: [n('russia', 0, 0), n('north-korea', 160, 40), n('kursk', 6, 4), n('ukraine', 80, 22)],
    edges,
    bounds: { x: -40, y: -40, w: 240, h: 120 },
  };
}

/** The shared export fixture with its nodes three times further apart: nothing overlaps. */
export function spacedSnapshot(): GraphSnapshot {
  const s = snapshot();
  const far = (p: { x: number; y: number }) => ({ x: p.x * 3, y: p.y * 3 });
  return {
    nodes: s.nodes.map((n) => ({ ...n, ...far(n), label: { ...n.label!, x: n.x * 3, y: n.y * 3 + 20 } })),
    edges: s.edges.map((e) => ({ ...e, path: { ...e.path, points: e.path.points.map(far) } })),
    bounds: { x: -60, y: -30, w: 420, h: 360 },
  };
}
