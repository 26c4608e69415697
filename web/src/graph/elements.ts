// Pure projection of GraphState into Cytoscape elements: one edge per bundle (source, type, target), each node
// and edge looked up in the perspective (colour, shape, caption, size; hidden ones are not emitted).
import type { ElementDefinition } from 'cytoscape';
import { CLAIM_STATUSES } from '../../../lib/model/domain.ts';
import { bundleId, isComplete, type Bundle, type Claim } from '../../../lib/model/wire.ts';
import type { Filters, GraphState } from '../state/types.ts';
import { filtersActive, passingClaims, visibility, type BundleCount } from '../state/visibility.ts';
import { perspectiveFor, type ResolvedPerspective } from '../styles/perspective.ts';
import { formatFigure, formatNumber } from './units.ts';
import { edgeCaption, NODE_SIZE, nodeHidden, nodeLook, nodeSizes, typeHidden } from './elements-perspective.ts';

export interface Registries {
  /** Claim status id → drawn dashed. */
  statuses: readonly { id: string; dashed: boolean }[];
  /** How categories and relationship types look; absent: the one generated from the canvas (the story's look). */
  perspective?: ResolvedPerspective;
}

export const defaultRegistries: Registries = { statuses: CLAIM_STATUSES };

export const edgeKey = (c: Pick<Claim, 'source' | 'type' | 'target'>): string => bundleId(c);

export const relLabel = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

export { formatNumber, formatRange } from './units.ts';

/** At most this many figure keys on an edge label; the rest are counted (`+2`). */
export const LABEL_FIGURE_KEYS = 2;

export interface FigureRange {
  key: string;
  min: number;
  max: number;
  /** Claims that carry the key. */
  count: number;
}

/** Figure ranges per key, the most-cited key first: from the passing claims when the bundle carries them all,
 *  else its summary (which counts every claim: `ofAll`). */
export function figureRanges(b: Bundle, passing: Claim[]): { ranges: FigureRange[]; ofAll: boolean } {
  const byCount = (x: FigureRange, y: FigureRange) => y.count - x.count || x.key.localeCompare(y.key);
  if (!isComplete(b))
    return {
      ranges: b.figures.map((f) => ({ key: f.key, min: f.min, max: f.max, count: f.count })).sort(byCount),
      ofAll: true,
    };
  const byKey = new Map<string, FigureRange>();
  for (const c of passing)
    for (const [key, v] of Object.entries(c.figures)) {
      const r = byKey.get(key);
      byKey.set(
        key,
        r
          ? { key, min: Math.min(r.min, v), max: Math.max(r.max, v), count: r.count + 1 }
          : { key, min: v, max: v, count: 1 },
      );
    }
  return { ranges: [...byKey.values()].sort(byCount), ofAll: false };
}

/** `sends troops to ×9 · 1,500–11,000 troops`; `×≈120` when the filtered count is an estimate; at most
 *  LABEL_FIGURE_KEYS keys and `+n` for the others; `(all claims)` when filters are active but the figures come
 *  from the summary of every claim. */
export function bundleLabel(b: Bundle, n: BundleCount, passing: Claim[], filtered = false): string {
  const count = n.count > 1 || !n.exact ? ` ×${n.exact ? '' : '≈'}${formatNumber(n.count)}` : '';
  const { ranges, ofAll } = figureRanges(b, passing);
  const shown = ranges.slice(0, LABEL_FIGURE_KEYS).map((r) => formatFigure(r.key, r.min, r.max));
  if (ranges.length > LABEL_FIGURE_KEYS) shown.push(`+${ranges.length - LABEL_FIGURE_KEYS}`);
  if (shown.length > 0 && ofAll && filtered) shown[shown.length - 1] += ' (all claims)';
  return [`${relLabel(b.type)}${count}`, ...shown].join(' · ');
}

/** Statuses of the passing claims: exact from the claims when complete, else from the bundle's counts. */
function statusesOf(b: Bundle, passing: Claim[], f: Filters): string[] {
  const all = isComplete(b)
    ? passing.map((c) => c.status)
    : Object.entries(b.byStatus)
        .filter(([s, k]) => k > 0 && !f.statuses.includes(s))
        .map(([s]) => s);
  return [...new Set(all.filter((s): s is string => s !== null))].sort();
}

function nodeElement(state: GraphState, id: string, p: ResolvedPerspective, size?: number): ElementDefinition {
  const n = state.nodes[id]!;
  const exp = state.expansions[id];
  const more = exp ? Math.max(0, exp.total - exp.loaded) : 0;
  const look = nodeLook(n.entity, p);
  const label = `${n.pinned ? '⚑ ' : ''}${look.caption}${more > 0 ? `\n+${more} more` : ''}`;
  const el: ElementDefinition = {
    group: 'nodes',
    data: {
      id,
      name: n.entity.name,
      label,
      type: n.entity.type,
      category: look.category,
      colour: look.colour,
      shape: look.shape,
      size: size ?? NODE_SIZE.default,
      pinned: n.pinned,
      partial: more > 0,
      more,
    },
  };
  if (n.position) el.position = { x: n.position.x, y: n.position.y };
  return el;
}

function edgeElement(b: Bundle, n: BundleCount, f: Filters, dashed: Set<string>, p: ResolvedPerspective) {
  const claims = passingClaims(b, f);
  const statuses = statusesOf(b, claims, f);
  const claimLike = b.kind === 'claims';
  const key = p.relationships.get(b.type)?.caption;
  return {
    group: 'edges',
    data: {
      id: b.id,
      bundle: b.id,
      source: b.source,
      target: b.target,
      type: b.type,
      label: (key ? edgeCaption(b, claims, n.count, key) : null) ?? bundleLabel(b, n, claims, filtersActive(f)),
      /** The passing claims this edge carries (all of them when `complete`; exports page the rest). */
      claims,
      complete: isComplete(b),
      claimCount: n.count,
      exact: n.exact,
      total: b.count,
      dashed: claimLike && statuses.length > 0 && statuses.every((s) => dashed.has(s)),
      neutral: !claimLike,
      status: statuses.length === 1 ? statuses[0] : statuses.length ? 'mixed' : undefined,
    },
  } satisfies ElementDefinition;
}

export function toCytoscapeElements(state: GraphState, reg: Registries = defaultRegistries): ElementDefinition[] {
  const p = reg.perspective ?? perspectiveFor(null, state);
  const vis = visibility(state);
  const dashed = new Set(reg.statuses.filter((s) => s.dashed).map((s) => s.id));
  const nodes = [...vis.nodes].filter((id) => !nodeHidden(state.nodes[id]!.entity, p));
  const shown = new Set(nodes);
  const sizes = nodeSizes(state, nodes, p);
  const out: ElementDefinition[] = nodes.map((id) => nodeElement(state, id, p, sizes.get(id)));
  for (const [id, n] of vis.bundles) {
    const b = state.bundles[id]!;
    if (shown.has(b.source) && shown.has(b.target) && !typeHidden(b.type, p))
      out.push(edgeElement(b, n, state.filters, dashed, p));
  }
  return out;
}
