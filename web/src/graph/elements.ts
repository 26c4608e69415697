// Pure projection of GraphState into Cytoscape elements: one edge per bundle (source, type, target), each node
// and edge looked up in the perspective (colour, shape, caption, size; hidden ones are not emitted).
import type { ElementDefinition } from 'cytoscape';
import { CLAIM_STATUSES } from '../../../lib/model/domain.ts';
import { bundleId, isComplete, type Bundle, type Claim } from '../../../lib/model/wire.ts';
import type { Filters, GraphState } from '../state/types.ts';
import { passingClaims, visibility, type BundleCount } from '../state/visibility.ts';
import { perspectiveFor, type ResolvedPerspective } from '../styles/perspective.ts';
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

/** Thousands separators, the same everywhere (labels, inspector, figures). */
export const formatNumber = (n: number): string => n.toLocaleString('en-GB');

/** `1,500–11,000`, or just `10,000` when every claim gives the same value. */
export const formatRange = (min: number, max: number): string =>
  min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;

/** Figure ranges per key: from the passing claims when the bundle carries them all, else its summary. */
export function figureRanges(b: Bundle, passing: Claim[]): { key: string; min: number; max: number }[] {
  if (!isComplete(b)) return b.figures.map((f) => ({ key: f.key, min: f.min, max: f.max }));
  const byKey = new Map<string, { min: number; max: number }>();
  for (const c of passing)
    for (const [key, v] of Object.entries(c.figures)) {
      const r = byKey.get(key);
      byKey.set(key, r ? { min: Math.min(r.min, v), max: Math.max(r.max, v) } : { min: v, max: v });
    }
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, r]) => ({ key, ...r }));
}

/** `sends troops to ×9 · 1,500–11,000`; `×≈120` when the filtered count is an estimate. */
export function bundleLabel(b: Bundle, n: BundleCount, passing: Claim[]): string {
  const count = n.count > 1 || !n.exact ? ` ×${n.exact ? '' : '≈'}${formatNumber(n.count)}` : '';
  const ranges = figureRanges(b, passing);
  const figures = ranges.map((r) => (ranges.length > 1 ? `${r.key} ` : '') + formatRange(r.min, r.max));
  return [`${relLabel(b.type)}${count}`, ...figures].join(' · ');
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
      label: (key ? edgeCaption(b, claims, n.count, key) : null) ?? bundleLabel(b, n, claims),
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
