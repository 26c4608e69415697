// Relationship counts per type and direction (EntityDetail.degree) as the inspector and the context menu show
// them. The server may count a very high-degree node's types over a capped walk (degreeComplete false): then
// every per-type count is a lower bound and says "at least".
import type { DegreeCount, EntityDetail } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import { formatNumber, relLabel } from '../graph/elements.ts';

/** A per-type count; a lower bound when the server counted over a capped walk. */
export const degreeCountText = (n: number, complete: boolean | undefined): string =>
  complete === false ? `at least ${formatNumber(n)}` : formatNumber(n);

export interface DegreeLine {
  key: string;
  text: string;
  count: string;
}

/** Lines and menu items per relationship type shown at most; a schema may have many types. */
export const MAX_DEGREE_LINES = 50;

/** The first `cap` (type, direction) counts as lines, and how many were left out. */
export function degreeLines(
  degree: DegreeCount[],
  complete?: boolean,
  cap = MAX_DEGREE_LINES,
): { lines: DegreeLine[]; more: number } {
  const lines = degree.slice(0, cap).map((d) => ({
    key: `${d.type}-${d.direction}`,
    text: `${d.direction === 'out' ? '→' : '←'} ${relLabel(d.type)}`,
    count: degreeCountText(d.count, complete),
  }));
  return { lines, more: Math.max(0, degree.length - cap) };
}

export interface TypeCount {
  type: string;
  out: number;
  in: number;
}

/** Both directions of each type on one line, the busiest type first. */
export function typeCounts(degree: DegreeCount[]): TypeCount[] {
  const m = new Map<string, TypeCount>();
  for (const d of degree) {
    const t = m.get(d.type) ?? { type: d.type, out: 0, in: 0 };
    t[d.direction] += d.count;
    m.set(d.type, t);
  }
  return [...m.values()].sort((a, b) => b.out + b.in - (a.out + a.in) || a.type.localeCompare(b.type));
}

/** Offline (the server did not answer): the degree of the bundles on the canvas. */
export const degreeOnCanvas = (nodeId: string, bundles: GraphState['bundles']): DegreeCount[] =>
  Object.values(bundles).flatMap((b): DegreeCount[] =>
    b.source === nodeId
      ? [{ type: b.type, direction: 'out' as const, count: b.count }]
      : b.target === nodeId
        ? [{ type: b.type, direction: 'in' as const, count: b.count }]
        : [],
  );

/** EntityDetail.degreeComplete (optional on the wire: absent means the counts are exact). */
export const degreeCompleteOf = (d: EntityDetail): boolean | undefined => d.degreeComplete;
