// Pure filter evaluation: state keeps everything, this decides what is drawn.
import type { Claim } from '../api/types.ts';
import type { Filters, GraphState } from './types.ts';

export interface Visibility {
  nodes: Set<string>;
  claims: Set<string>;
}

/** First day of a partial ISO date ('2024-10' → '2024-10-01'); null when undated. */
export const claimDay = (c: Claim): string | null => {
  const raw = c.date ?? c.dateText ?? null;
  if (!raw) return null;
  const [y, m = '01', d = '01'] = raw.slice(0, 10).split('-');
  return `${y}-${m}-${d}`;
};

const claimPasses = (c: Claim, f: Filters): boolean => {
  if (f.relTypes.includes(c.type)) return false;
  if (c.status && f.statuses.includes(c.status)) return false;
  if (c.article && (f.articles.includes(c.article.id) || f.outlets.includes(c.article.outlet))) return false;
  const { from, to } = f.dateRange;
  const isClaim = c.status !== undefined || c.article !== undefined;
  if (!isClaim) return true; // structural edges (MENTIONS…) have no date to filter on
  const day = claimDay(c);
  if (day === null) return f.includeUndated;
  if (from && day < from) return false;
  if (to && day > to) return false;
  return true;
};

export const visibility = (s: GraphState): Visibility => {
  const nodes = new Set<string>();
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.hidden || s.filters.entityTypes.includes(n.entity.type)) continue;
    nodes.add(id);
  }
  const claims = new Set<string>();
  for (const [id, c] of Object.entries(s.claims)) {
    if (nodes.has(c.source) && nodes.has(c.target) && claimPasses(c, s.filters)) claims.add(id);
  }
  return { nodes, claims };
};

export const filtersActive = (f: Filters): boolean =>
  f.entityTypes.length + f.relTypes.length + f.statuses.length + f.articles.length + f.outlets.length > 0 ||
  f.dateRange.from !== null ||
  f.dateRange.to !== null ||
  !f.includeUndated;
