// Runs a registry layout deterministically; pinned nodes stay put. Returns the resulting positions.
// Big graphs (fcose/dagre, ≥ WORKER_MIN_NODES) are laid out in a Web Worker on plain data (headless.ts) so the UI
// keeps painting; small ones stay on the main thread (no worker start-up cost).
import type cytoscape from 'cytoscape';
import type { Position } from '../state/types.ts';
import { BIG_GRAPH, layoutById } from './registry.ts';
import { withSeededRandom } from './prng.ts';
import type { LayoutReply, LayoutRequest } from './headless.ts';

/** From this many nodes, fcose/dagre run in the layout worker. */
export const WORKER_MIN_NODES = 300;
/** Layouts worth a worker (the others are linear-time and depend on the viewport size). */
const WORKER_LAYOUTS = new Set(['fcose', 'dagre']);

export interface RunLayoutArgs {
  id: string;
  seed: number;
  /** Lay out only these elements (selection); default all. */
  eles?: cytoscape.CollectionArgument;
  incremental?: boolean;
  /** Extra nodes held still for this run (existing picture while new nodes are placed). */
  keep?: string[];
  onBusy?: (busy: boolean) => void;
  /** false: always lay out on the main thread. */
  worker?: boolean;
}

// One worker, reused while idle; a newer request terminates a busy one (its caller gets null).
let idleWorker: Worker | null = null;
let pending: { cancel(): void } | null = null;
let seq = 0;

function layoutInWorker(request: LayoutRequest): Promise<Record<string, Position> | null> {
  pending?.cancel();
  const worker = idleWorker ?? new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  idleWorker = null;
  const mySeq = ++seq;
  return new Promise((resolve, reject) => {
    const entry = {
      cancel: () => {
        finish();
        worker.terminate();
        resolve(null);
      },
    };
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      if (pending === entry) pending = null;
    };
    const fail = (message: string) => {
      finish();
      worker.terminate();
      reject(new Error(message));
    };
    pending = entry;
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.seq !== mySeq) return;
      if (!e.data.ok) return fail(e.data.error);
      finish();
      if (!idleWorker) idleWorker = worker;
      else worker.terminate();
      resolve(e.data.positions);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || 'layout worker failed to load');
    };
    worker.onmessageerror = () => fail('layout worker message could not be read');
    worker.postMessage({ seq: mySeq, request });
  });
}

/** Each core's latest layout request; an older worker result arriving later is dropped. */
const latest = new WeakMap<cytoscape.Core, number>();
let requests = 0;

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

/** Plain-data request for the worker: ids, endpoints, positions, layout sizes, held nodes. */
export function layoutRequest(
  eles: cytoscape.Collection,
  args: { id: string; seed: number; incremental?: boolean; held: Set<string>; subset: boolean },
): LayoutRequest {
  const nodes = eles.nodes();
  return {
    layoutId: args.id,
    seed: args.seed,
    incremental: args.incremental ?? false,
    nodes: nodes.map((n) => {
      const p = n.position();
      const d = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      return { id: n.id(), x: p.x, y: p.y, w: d.w, h: d.h, ...(args.held.has(n.id()) ? { locked: true } : {}) };
    }),
    edges: eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    ...(args.subset ? { boundingBox: nodes.boundingBox({}) } : {}),
  };
}

/** Resolves to the new positions (already applied to `cy`), or null when a newer layout request superseded this one. */
export async function runLayout(cy: cytoscape.Core, args: RunLayoutArgs): Promise<Record<string, Position> | null> {
  const me = ++requests;
  latest.set(cy, me);
  const eles = (args.eles ?? cy.elements()) as cytoscape.Collection;
  const nodes = eles.nodes();
  if (nodes.length === 0) return {};
  const keep = new Set(args.keep ?? []);
  const pinned = nodes.filter((n) => !!n.data('pinned') || keep.has(n.id()));
  const saved = new Map(pinned.map((n) => [n.id(), { ...(n as cytoscape.NodeSingular).position() }]));
  const useWorker =
    args.worker !== false &&
    typeof Worker !== 'undefined' &&
    nodes.length >= WORKER_MIN_NODES &&
    WORKER_LAYOUTS.has(layoutById(args.id).id);
  if (useWorker) {
    const request = layoutRequest(eles, {
      id: layoutById(args.id).id,
      seed: args.seed,
      incremental: args.incremental,
      held: new Set(saved.keys()),
      subset: args.eles !== undefined,
    });
    args.onBusy?.(true);
    try {
      const positions = await layoutInWorker(request);
      if (positions === null || latest.get(cy) !== me) return null;
      if (!cy.destroyed())
        cy.batch(() => {
          for (const [id, p] of Object.entries(positions)) {
            const n = cy.getElementById(id);
            if (n.nonempty()) n.position(p);
          }
        });
      return positions;
    } catch (err) {
      console.warn('Layout worker failed; laying out on the main thread instead.', err);
      if (latest.get(cy) !== me || cy.destroyed()) return null;
    } finally {
      args.onBusy?.(false);
    }
  }
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
