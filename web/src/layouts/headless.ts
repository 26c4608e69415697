// Pure layout runner over plain data: builds a headless Cytoscape, runs a registry layout with the seeded PRNG and
// returns positions. Used by the layout worker and by unit tests (same code, same seed → same positions).
import cytoscape from 'cytoscape';
import { registerExtensions } from '../graph/cy-setup.ts';
import type { Position } from '../state/types.ts';
import { layoutById } from './registry.ts';
import { withSeededRandom } from './prng.ts';

/** A node as the layout sees it: current position, layout size (outer width/height) and whether it is held still. */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  locked?: boolean;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** Everything a layout run needs; only plain data, so it can cross a worker boundary. */
export interface LayoutRequest {
  layoutId: string;
  seed: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  incremental: boolean;
  /** Subset layouts: the box the subset occupied (computed on the main thread). */
  boundingBox?: { x1: number; y1: number; w: number; h: number };
}

/** Worker protocol: requests carry a sequence number; the reply echoes it. */
export interface LayoutJob {
  seq: number;
  request: LayoutRequest;
}
export type LayoutReply =
  { seq: number; ok: true; positions: Record<string, Position> } | { seq: number; ok: false; error: string };

export function runLayoutHeadless(req: LayoutRequest): Record<string, Position> {
  registerExtensions();
  const ids = new Set(req.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Keep the given positions (headless cores otherwise run a grid layout on init).
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...req.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, w: n.w, h: n.h },
        position: { x: n.x, y: n.y },
      })),
      ...req.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    const held = req.nodes.filter((n) => n.locked);
    const opts = layoutById(req.layoutId).options(req.seed, {
      nodeCount: req.nodes.length,
      fixed: held.map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } })),
      incremental: req.incremental,
    });
    if (req.boundingBox) Object.assign(opts, { boundingBox: req.boundingBox });
    for (const n of held) cy.getElementById(n.id).lock();
    withSeededRandom(req.seed, () => {
      cy.elements()
        .layout({ ...opts, animate: false } as cytoscape.LayoutOptions)
        .run();
    });
    const out: Record<string, Position> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    for (const n of held) out[n.id] = { x: n.x, y: n.y };
    return out;
  } finally {
    cy.destroy();
  }
}
