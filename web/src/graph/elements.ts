// Pure projection of GraphState into Cytoscape elements: one edge per (source, type, target).
import type { ElementDefinition } from 'cytoscape';
import type { Claim } from '../api/types.ts';
import { CLAIM_STATUSES } from '../../../lib/model/domain.ts';
import type { GraphState } from '../state/types.ts';
import { visibility } from '../state/visibility.ts';

export interface Registries {
  /** Claim status id → drawn dashed. */
  statuses: readonly { id: string; dashed: boolean }[];
}

export const defaultRegistries: Registries = { statuses: CLAIM_STATUSES };

export const edgeKey = (c: Pick<Claim, 'source' | 'type' | 'target'>): string => `${c.source}|${c.type}|${c.target}`;

export const relLabel = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

const isClaim = (c: Claim): boolean => c.status !== undefined || c.article !== undefined;

/** Order claims newest first; undated last, so the panel reads like a timeline. */
const byDateDesc = (a: Claim, b: Claim): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);

export function toCytoscapeElements(state: GraphState, reg: Registries = defaultRegistries): ElementDefinition[] {
  const vis = visibility(state);
  const dashed = new Set(reg.statuses.filter((s) => s.dashed).map((s) => s.id));
  const out: ElementDefinition[] = [];

  for (const id of vis.nodes) {
    const n = state.nodes[id]!;
    const exp = state.expansions[id];
    const more = exp ? Math.max(0, exp.total - exp.loaded) : 0;
    const label = `${n.pinned ? '⚑ ' : ''}${n.entity.name}${more > 0 ? `\n+${more} more` : ''}`;
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id,
        name: n.entity.name,
        label,
        type: n.entity.type,
        pinned: n.pinned,
        partial: more > 0,
        more,
      },
    };
    if (n.position) el.position = { x: n.position.x, y: n.position.y };
    out.push(el);
  }

  const groups = new Map<string, Claim[]>();
  for (const id of vis.claims) {
    const c = state.claims[id]!;
    const k = edgeKey(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  for (const [key, list] of groups) {
    const claims = [...list].sort(byDateDesc);
    const first = claims[0]!;
    const claimLike = claims.filter(isClaim);
    const allDashed = claimLike.length > 0 && claimLike.every((c) => c.status !== undefined && dashed.has(c.status));
    const statuses = [...new Set(claimLike.map((c) => c.status).filter((s): s is string => !!s))];
    out.push({
      group: 'edges',
      data: {
        id: key,
        source: first.source,
        target: first.target,
        type: first.type,
        label: claims.length > 1 ? `${relLabel(first.type)} ×${claims.length}` : relLabel(first.type),
        claims,
        claimCount: claims.length,
        dashed: allDashed,
        neutral: claimLike.length === 0,
        status: statuses.length === 1 ? statuses[0] : statuses.length ? 'mixed' : undefined,
      },
    });
  }
  return out;
}
