// Pure state transitions: each is (args) => (state) => state and never mutates its input.
import { bundlesFromClaims, mergeBundle } from '../../../lib/model/bundle.ts';
import type { Bundle, Claim, Direction, Entity, ExpandResult, GraphWire } from '../../../lib/model/wire.ts';
import type { Filters, GraphState, NodeState, Position, Update } from './types.ts';

export const emptyFilters = (): Filters => ({
  entityTypes: [],
  relTypes: [],
  statuses: [],
  articles: [],
  outlets: [],
  dateRange: { from: null, to: null },
  includeUndated: true,
});

export const emptyState = (): GraphState => ({
  nodes: {},
  bundles: {},
  expansions: {},
  filters: emptyFilters(),
  layout: 'fcose',
  style: 'default',
  seed: 1,
});

const newNode = (entity: Entity, expandedFrom?: string): NodeState => ({
  entity,
  pinned: false,
  hidden: false,
  ...(expandedFrom ? { expandedFrom } : {}),
});

/** Adds nodes (existing ones keep position/pin/hidden, entity data refreshed). */
export const addEntities =
  (entities: Entity[], expandedFrom?: string): Update =>
  (s) => {
    const nodes = { ...s.nodes };
    for (const e of entities) {
      const prev = nodes[e.id];
      nodes[e.id] = prev ? { ...prev, entity: { ...prev.entity, ...e } } : newNode(e, expandedFrom);
    }
    return { ...s, nodes };
  };

/**
 * Bundles are kept only when both ends are on the canvas (dangling edges cannot be drawn). A bundle
 * already there is merged with mergeBundle, so a second copy (a Cypher result) never drops evidence.
 */
const addBundles =
  (bundles: Bundle[]): Update =>
  (s) => {
    const out = { ...s.bundles };
    for (const b of bundles) {
      if (!s.nodes[b.source] || !s.nodes[b.target]) continue;
      const prev = out[b.id];
      out[b.id] = prev ? mergeBundle(prev, b) : b;
    }
    return { ...s, bundles: out };
  };

export const mergeGraph =
  (graph: GraphWire, mode: 'merge' | 'replace' = 'merge', expandedFrom?: string): Update =>
  (s) => {
    const base: GraphState = mode === 'replace' ? { ...s, nodes: {}, bundles: {}, expansions: {} } : s;
    return addBundles(graph.bundles)(addEntities(graph.nodes, expandedFrom)(base));
  };

/** Nodes and loose claims (a Cypher result, a test) as a graph of bundles, ready for mergeGraph. */
export const graphFromClaims = (nodes: Entity[], claims: Claim[]): GraphWire => ({
  nodes,
  bundles: bundlesFromClaims(claims),
});

export interface ExpandArgs {
  types?: string[];
  direction: Direction;
  skip: number;
}

/** Records an /api/expand page: neighbours get expandedFrom = center, the page counter advances. */
export const expand =
  (center: string, res: ExpandResult, args: ExpandArgs): Update =>
  (s) => {
    if (!s.nodes[center]) return s;
    const next = mergeGraph({ nodes: res.nodes, bundles: res.bundles }, 'merge', center)(s);
    const loaded = args.skip + res.returned;
    return {
      ...next,
      expansions: {
        ...next.expansions,
        [center]: {
          total: res.total,
          loaded,
          direction: args.direction,
          ...(args.types?.length ? { types: [...args.types] } : {}),
        },
      },
    };
  };

/** The next page of the same expansion. */
export const loadMore =
  (center: string, res: ExpandResult): Update =>
  (s) => {
    const e = s.expansions[center];
    if (!e) return s;
    return expand(center, res, { types: e.types, direction: e.direction, skip: e.loaded })(s);
  };

const dropNodes =
  (ids: Set<string>): Update =>
  (s) => {
    if (ids.size === 0) return s;
    const nodes: GraphState['nodes'] = {};
    for (const [id, n] of Object.entries(s.nodes)) {
      if (ids.has(id)) continue;
      nodes[id] = n.expandedFrom && ids.has(n.expandedFrom) ? { ...n, expandedFrom: undefined } : n;
    }
    const bundles: GraphState['bundles'] = {};
    for (const [id, b] of Object.entries(s.bundles)) if (!ids.has(b.source) && !ids.has(b.target)) bundles[id] = b;
    const expansions = { ...s.expansions };
    for (const id of ids) delete expansions[id];
    return { ...s, nodes, bundles, expansions };
  };

/**
 * Undoes what expanding `id` added: its neighbours that are not connected to any other remaining node
 * (and are not pinned), recursively through nodes they expanded themselves.
 */
export const collapse =
  (id: string): Update =>
  (s) => {
    if (!s.nodes[id]) return s;
    const children = (p: string) => Object.keys(s.nodes).filter((k) => s.nodes[k]!.expandedFrom === p);
    const candidates = new Set<string>();
    const stack = children(id);
    while (stack.length) {
      const c = stack.pop()!;
      if (candidates.has(c) || c === id) continue;
      candidates.add(c);
      stack.push(...children(c));
    }
    // Keep a candidate if pinned or tied to a node that stays; repeat until stable.
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of [...candidates]) {
        const tied =
          s.nodes[c]!.pinned ||
          Object.values(s.bundles).some((cl) => {
            const other = cl.source === c ? cl.target : cl.target === c ? cl.source : null;
            return other !== null && other !== id && other !== c && !candidates.has(other);
          });
        if (tied) {
          candidates.delete(c);
          changed = true;
        }
      }
    }
    const next = dropNodes(candidates)(s);
    const expansions = { ...next.expansions };
    delete expansions[id];
    return { ...next, expansions };
  };

const patchNodes =
  (ids: string[], patch: (n: NodeState) => NodeState): Update =>
  (s) => {
    const nodes = { ...s.nodes };
    let touched = false;
    for (const id of ids) {
      const n = nodes[id];
      if (!n) continue;
      nodes[id] = patch(n);
      touched = true;
    }
    return touched ? { ...s, nodes } : s;
  };

export const hide = (ids: string[]): Update => patchNodes(ids, (n) => ({ ...n, hidden: true }));

/** Restores hidden nodes: the given ones, or all. */
export const showHidden =
  (ids?: string[]): Update =>
  (s) =>
    patchNodes(ids ?? Object.keys(s.nodes).filter((k) => s.nodes[k]!.hidden), (n) => ({ ...n, hidden: false }))(s);

export const remove = (ids: string[]): Update => dropNodes(new Set(ids));

export const pin = (ids: string[], pinned = true): Update => patchNodes(ids, (n) => ({ ...n, pinned }));

/** Positions from a layout run or a drag; pinned nodes keep theirs unless `force`. */
export const setPositions =
  (positions: Record<string, Position>, force = false): Update =>
  (s) => {
    const nodes = { ...s.nodes };
    for (const [id, p] of Object.entries(positions)) {
      const n = nodes[id];
      if (!n || (n.pinned && n.position && !force)) continue;
      nodes[id] = { ...n, position: { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } };
    }
    return { ...s, nodes };
  };

export const setFilters =
  (patch: Partial<Filters>): Update =>
  (s) => ({
    ...s,
    filters: { ...s.filters, ...patch },
  });

export const clearFilters = (): Update => (s) => ({ ...s, filters: emptyFilters() });

export const setLayout =
  (layout: string, seed?: number): Update =>
  (s) => ({
    ...s,
    layout,
    seed: seed ?? s.seed,
  });

export const setStyle =
  (style: string): Update =>
  (s) => ({ ...s, style });

export const setSeed =
  (seed: number): Update =>
  (s) => ({ ...s, seed });
