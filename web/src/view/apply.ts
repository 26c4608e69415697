// Rebuilds GraphState from a ViewState (with its inline nodes/edges) plus the graph /api/graph returned.
import type { Graph } from '../api/types.ts';
import { emptyState, mergeGraph } from '../state/graph.ts';
import type { GraphState } from '../state/types.ts';
import type { ViewState } from './view.ts';

/** Node ids to ask /api/graph for: the view's nodes minus those it carries inline. */
export const idsToFetch = (view: ViewState): string[] => {
  const inline = new Set(view.inline.nodes.map((n) => n.id));
  return view.nodes.filter((id) => !inline.has(id));
};

export const applyView = (view: ViewState, graph: Graph): GraphState => {
  const keep = view.claims ? new Set(view.claims) : null;
  const edges = [...(keep ? graph.edges.filter((e) => keep.has(e.id)) : graph.edges), ...view.inline.edges];
  const base = mergeGraph({ nodes: [...graph.nodes, ...view.inline.nodes], edges }, 'replace')(emptyState());
  const pinned = new Set(view.pinned);
  const hidden = new Set(view.hidden);
  const nodes: GraphState['nodes'] = {};
  for (const [id, n] of Object.entries(base.nodes)) {
    const p = view.positions[id];
    const from = view.expandedFrom[id];
    nodes[id] = {
      ...n,
      pinned: pinned.has(id),
      hidden: hidden.has(id),
      ...(p ? { position: { x: p[0], y: p[1] } } : {}),
      ...(from && base.nodes[from] ? { expandedFrom: from } : {}),
    };
  }
  const expansions = Object.fromEntries(Object.entries(view.expansions).filter(([id]) => nodes[id]));
  return {
    ...base,
    nodes,
    expansions,
    filters: structuredClone(view.filters),
    layout: view.layout,
    style: view.style,
    seed: view.seed,
  };
};
