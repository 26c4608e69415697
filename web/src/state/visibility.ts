// Pure filter evaluation: state keeps everything, this decides what is drawn and with which counts.
import { claimPasses, passingCount } from '../../../lib/model/filter.ts';
import type { Bundle, Claim } from '../../../lib/model/wire.ts';
import type { Filters, GraphState } from './types.ts';

/** How many of a bundle's claims pass the filters; exact: false when estimated from its summary. */
export interface BundleCount {
  count: number;
  exact: boolean;
}

export interface Visibility {
  nodes: Set<string>;
  /** Bundle id → its passing count; a bundle is drawn when any of its claims passes. */
  bundles: Map<string, BundleCount>;
}

/** The bundle's count under the filters (a hidden relationship type passes nothing). */
export const bundleCount = (b: Bundle, f: Filters): BundleCount =>
  f.relTypes.includes(b.type) ? { count: 0, exact: true } : passingCount(b, f);

/** The bundle's inline claims that pass (all its passing claims when the bundle is complete). */
export const passingClaims = (b: Bundle, f: Filters): Claim[] =>
  f.relTypes.includes(b.type) ? [] : b.claims.filter((c) => claimPasses(c, f));

export const visibility = (s: GraphState): Visibility => {
  const nodes = new Set<string>();
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.hidden || s.filters.entityTypes.includes(n.entity.type)) continue;
    nodes.add(id);
  }
  const bundles = new Map<string, BundleCount>();
  for (const [id, b] of Object.entries(s.bundles)) {
    if (!nodes.has(b.source) || !nodes.has(b.target)) continue;
    const c = bundleCount(b, s.filters);
    if (c.count > 0) bundles.set(id, c);
  }
  return { nodes, bundles };
};

export const filtersActive = (f: Filters): boolean =>
  f.entityTypes.length + f.relTypes.length + f.statuses.length + f.articles.length + f.outlets.length > 0 ||
  f.dateRange.from !== null ||
  f.dateRange.to !== null ||
  !f.includeUndated;

/** Claims of the whole canvas (every bundle's count). */
export const claimTotal = (s: GraphState): number => Object.values(s.bundles).reduce((n, b) => n + b.count, 0);
