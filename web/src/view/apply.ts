// Rebuilds GraphState from a ViewState (with its inline nodes/edges) plus the graph /api/graph returned.
import type { Plain } from '../../../lib/neo4j/values.ts';
import type { Bundle, Claim, Entity, GraphWire } from '../../../lib/model/wire.ts';
import { emptyState, graphFromClaims, mergeGraph } from '../state/graph.ts';
import type { GraphState } from '../state/types.ts';
import type { ViewState } from './view.ts';

/** Node ids to ask /api/graph for: the view's nodes minus those it carries inline. */
export const idsToFetch = (view: ViewState): string[] => {
  const inline = new Set(view.inline.nodes.map((n) => n.id));
  return view.nodes.filter((id) => !inline.has(id));
};

type Props = Record<string, Plain> | undefined;

const inlineEntity = (n: ViewState['inline']['nodes'][number]): Entity => ({
  aliases: [],
  description: null,
  ...n,
  properties: n.properties as Props,
});

/** A stored edge as a claim, with the evidence it was stored with. */
const inlineClaim = (e: ViewState['inline']['edges'][number]): Claim => ({
  ...e,
  properties: e.properties as Props,
});

/** The bundles the view had: by bundle id (v3), by claim id (v1/v2), or all of them. */
function keptBundles(view: ViewState, bundles: Bundle[]): Bundle[] {
  if (view.bundles) {
    const keep = new Set(view.bundles);
    return bundles.filter((b) => keep.has(b.id));
  }
  if (view.claims) {
    const keep = new Set(view.claims);
    return bundles.filter((b) => b.claims.some((c) => keep.has(c.id)));
  }
  return bundles;
}

export const applyView = (view: ViewState, graph: GraphWire): GraphState => {
  const inline = graphFromClaims(view.inline.nodes.map(inlineEntity), view.inline.edges.map(inlineClaim));
  const base = mergeGraph(inline)(
    mergeGraph(
      { nodes: [...graph.nodes, ...inline.nodes], bundles: keptBundles(view, graph.bundles) },
      'replace',
    )(emptyState()),
  );
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
