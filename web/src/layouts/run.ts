// Runs a registry layout deterministically; pinned nodes stay put. Returns the resulting positions.
import type cytoscape from 'cytoscape';
import type { Position } from '../state/types.ts';
import { BIG_GRAPH, layoutById } from './registry.ts';
import { withSeededRandom } from './prng.ts';

export interface RunLayoutArgs {
  id: string;
  seed: number;
  /** Lay out only these elements (selection); default all. */
  eles?: cytoscape.CollectionArgument;
  incremental?: boolean;
  /** Extra nodes held still for this run (existing picture while new nodes are placed). */
  keep?: string[];
  onBusy?: (busy: boolean) => void;
}

const nextFrame = () =>
  new Promise<void>((r) => {
    // rAF does not fire in hidden tabs; the timeout keeps headless/background runs moving.
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        r();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });

export async function runLayout(cy: cytoscape.Core, args: RunLayoutArgs): Promise<Record<string, Position>> {
  const eles = (args.eles ?? cy.elements()) as cytoscape.Collection;
  const nodes = eles.nodes();
  if (nodes.length === 0) return {};
  const keep = new Set(args.keep ?? []);
  const pinned = nodes.filter((n) => !!n.data('pinned') || keep.has(n.id()));
  const saved = new Map(pinned.map((n) => [n.id(), { ...(n as cytoscape.NodeSingular).position() }]));
  const big = nodes.length > BIG_GRAPH;
  if (big) {
    args.onBusy?.(true);
    await nextFrame(); // let the "laying out…" message paint before the heavy synchronous run
  }
  try {
    const def = layoutById(args.id);
    const subset = args.eles !== undefined;
    const opts = def.options(args.seed, {
      nodeCount: nodes.length,
      fixed: [...saved].map(([nodeId, position]) => ({ nodeId, position })),
      incremental: args.incremental ?? false,
    });
    if (subset) Object.assign(opts, { boundingBox: nodes.boundingBox({}) });
    pinned.lock();
    withSeededRandom(args.seed, () => {
      const layout = eles.layout({ ...opts, animate: false } as cytoscape.LayoutOptions);
      layout.run();
    });
    pinned.unlock();
    for (const [id, p] of saved) cy.getElementById(id).position(p);
  } finally {
    if (big) args.onBusy?.(false);
  }
  const out: Record<string, Position> = {};
  nodes.forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}
