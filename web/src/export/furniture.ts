// What the figure furniture says: legend entries and sources, derived from the VISIBLE
// elements only, so the legend and footer never mention something the picture does not show.
import type { Claim, GraphSnapshot, SnapEdge, SnapNode } from './types.ts';

export interface LegendNodeItem {
  kind: 'node';
  label: string;
  shape: string;
  fill: string;
  border: string;
  borderWidth: number;
  count: number;
}

export interface LegendEdgeItem {
  kind: 'edge';
  label: string;
  color: string;
  width: number;
  dash: number[];
  count: number;
}

export type LegendItem = LegendNodeItem | LegendEdgeItem;

export interface SourceEntry {
  id: string;
  outlet: string;
  title: string;
  published: string;
}

/** Human label for a relationship type: SENDS_TROOPS_TO → "sends troops to". */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function legendItems(
  snap: Pick<GraphSnapshot, 'nodes' | 'edges'>,
  typeLabel: (type: string) => string = (t) => t,
): LegendItem[] {
  const nodes = new Map<string, { first: SnapNode; count: number }>();
  for (const n of snap.nodes) {
    if (n.isParent) continue;
    // By what the canvas draws it as: its perspective category (the same look for all of them), else its type.
    const key = n.category || n.type;
    const hit = nodes.get(key);
    if (hit) hit.count++;
    else nodes.set(key, { first: n, count: 1 });
  }
  const edges = new Map<string, { first: SnapEdge; count: number }>();
  for (const e of snap.edges) {
    const hit = edges.get(e.type);
    const claims = Math.max(1, e.claims.length);
    if (hit) hit.count += claims;
    else edges.set(e.type, { first: e, count: claims });
  }
  const nodeItems: LegendItem[] = [...nodes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, { first, count }]) => ({
      kind: 'node',
      label: typeLabel(type),
      shape: first.shape,
      fill: first.fill,
      border: first.border.color,
      borderWidth: first.border.width,
      count,
    }));
  const edgeItems: LegendItem[] = [...edges.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, { first, count }]) => ({
      kind: 'edge',
      label: relationLabel(type),
      color: first.color,
      width: Math.min(3, Math.max(1.5, first.width)),
      // Dashed only when every edge of the type is (e.g. all denied); mixed types get the style key below.
      dash: snap.edges.every((e) => e.type !== type || e.lineStyle !== 'solid') ? first.dash : [],
      count,
    }));
  const dashed = snap.edges.find((e) => e.lineStyle !== 'solid');
  const solid = snap.edges.find((e) => e.lineStyle === 'solid');
  const styleItems: LegendItem[] = [];
  if (dashed && solid) {
    const dashedStatuses = statusesOf(snap.edges.filter((e) => e.lineStyle !== 'solid'));
    const solidStatuses = statusesOf(snap.edges.filter((e) => e.lineStyle === 'solid'));
    styleItems.push(
      { kind: 'edge', label: solidStatuses.join(', ') || 'solid', color: '#555555', width: 2, dash: [], count: 0 },
      {
        kind: 'edge',
        label: dashedStatuses.join(', ') || 'dashed',
        color: '#555555',
        width: 2,
        dash: dashed.dash,
        count: 0,
      },
    );
  }
  return [...nodeItems, ...edgeItems, ...styleItems];
}

function statusesOf(edges: SnapEdge[]): string[] {
  return [...new Set(edges.flatMap((e) => e.claims.flatMap((c) => (c.status === null ? [] : [c.status]))))].sort();
}

/** Articles behind the given edges' claims: deduplicated by id, sorted by date, outlet, title. */
export function sourcesOf(edges: Array<{ claims: Claim[] }>): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const e of edges)
    for (const c of e.claims) {
      const a = c.article;
      if (!a || byId.has(a.id)) continue;
      byId.set(a.id, { id: a.id, outlet: a.outlet ?? '', title: a.title ?? '', published: a.published ?? '' });
    }
  return [...byId.values()].sort(
    (a, b) =>
      a.published.localeCompare(b.published) ||
      a.outlet.localeCompare(b.outlet) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}

export function formatSource(s: SourceEntry, index: number): string {
  const date = s.published ? s.published.slice(0, 10) : 'undated';
  return `[${index + 1}] ${s.outlet || 'Unknown outlet'}, “${s.title || s.id}”, ${date}`;
}

export function generatedFromLine(origin: { kind: 'view' | 'query' | 'session'; name?: string }, date: string): string {
  const what =
    origin.kind === 'view'
      ? `saved view “${origin.name ?? ''}”`
      : origin.kind === 'query'
        ? `query ${origin.name ?? ''}`.trim()
        : 'an unsaved exploration session';
  return `Generated from ${what} · exported ${date} · kg-explorer`;
}
