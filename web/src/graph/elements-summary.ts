// What the legend and the status bar say about the perspective: the categories drawn (only those on the canvas)
// and what it hides. Pure, from the built elements and the state.
import type { ElementDefinition } from 'cytoscape';
import type { GraphState } from '../state/types.ts';
import type { CategoryLook, ResolvedPerspective } from '../styles/perspective.ts';
import { lookOf, typeHidden } from './elements-perspective.ts';

export interface DrawnCategory {
  /** null: nodes no category claims (drawn in the neutral look). */
  look: CategoryLook | null;
  count: number;
}

/** The categories of the drawn nodes, by title; uncategorised nodes last. */
export function drawnCategories(elements: ElementDefinition[], p: ResolvedPerspective): DrawnCategory[] {
  const counts = new Map<string, number>();
  for (const e of elements)
    if (e.group === 'nodes')
      counts.set(String(e.data.category ?? ''), (counts.get(String(e.data.category ?? '')) ?? 0) + 1);
  const out = [...counts].map(([label, count]) => ({ look: p.categories.get(label) ?? null, count }));
  return out.sort((a, b) =>
    a.look && b.look ? a.look.title.localeCompare(b.look.title) : a.look ? -1 : b.look ? 1 : 0,
  );
}

export interface HiddenByPerspective {
  /** Nodes on the canvas (not hidden by hand) that a hidden category keeps off it. */
  nodes: number;
  categories: { look: CategoryLook; count: number }[];
  /** Relationship types hidden, with the bundles they keep off the canvas. */
  types: { type: string; count: number }[];
}

export function hiddenByPerspective(state: GraphState, p: ResolvedPerspective): HiddenByPerspective {
  const byLabel = new Map<string, { look: CategoryLook; count: number }>();
  for (const n of Object.values(state.nodes)) {
    const look = n.hidden ? null : lookOf(n.entity, p);
    if (!look?.hidden) continue;
    const hit = byLabel.get(look.label) ?? { look, count: 0 };
    hit.count++;
    byLabel.set(look.label, hit);
  }
  const byType = new Map<string, number>();
  for (const b of Object.values(state.bundles))
    if (typeHidden(b.type, p)) byType.set(b.type, (byType.get(b.type) ?? 0) + 1);
  const categories = [...byLabel.values()].sort((a, b) => a.look.title.localeCompare(b.look.title));
  return {
    nodes: categories.reduce((k, c) => k + c.count, 0),
    categories,
    types: [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count })),
  };
}
