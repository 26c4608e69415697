// The filter panel's lists and counts, from what is on the canvas. Pure.
import { CLAIM_STATUS_IDS } from '../../../lib/model/domain.ts';
import type { GraphState } from './types.ts';

/** Sums counted values, largest first (ties by name). */
const tally = (pairs: Iterable<readonly [string, number]>): [string, number][] => {
  const m = new Map<string, number>();
  for (const [v, n] of pairs) m.set(v, (m.get(v) ?? 0) + n);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

/** The facet lists, from bundle summaries (never from every claim: a hub has tens of thousands). */
export function facetsOf(nodeMap: GraphState['nodes'], bundleMap: GraphState['bundles']) {
  const nodes = Object.values(nodeMap);
  const bundles = Object.values(bundleMap);
  const titles = new Map<string, string>();
  for (const b of bundles) for (const a of b.articles) if (a.value.title) titles.set(a.value.id, a.value.title);
  const statuses = tally(bundles.flatMap((b) => Object.entries(b.byStatus)));
  statuses.sort((a, b) => CLAIM_STATUS_IDS.indexOf(a[0]) - CLAIM_STATUS_IDS.indexOf(b[0]));
  const days = new Set<string>();
  for (const b of bundles) {
    for (const d of b.days) days.add(d.value);
    if (b.firstDate) days.add(b.firstDate);
    if (b.lastDate) days.add(b.lastDate);
  }
  return {
    entityTypes: tally(nodes.map((n) => [n.entity.type, 1] as const)),
    relTypes: tally(bundles.map((b) => [b.type, b.count] as const)),
    statuses,
    outlets: tally(bundles.flatMap((b) => b.outlets.map((o) => [o.value, o.count] as const))),
    articles: tally(bundles.flatMap((b) => b.articles.map((a) => [a.value.id, a.count] as const))),
    titles,
    dates: [...days].sort(),
  };
}
