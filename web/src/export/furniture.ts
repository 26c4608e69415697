// What the figure furniture says: legend entries and sources, derived from the VISIBLE
// elements only, so the legend and footer never mention something the picture does not show.
import type { Claim } from './types.ts';

export {
  appLegendRules,
  legendItems,
  relationLabel,
  type LegendEdgeItem,
  type LegendItem,
  type LegendNodeItem,
  type LegendRules,
  type LegendWidthItem,
} from './legend.ts';

export interface SourceEntry {
  id: string;
  outlet: string;
  title: string;
  published: string;
  /** The article's address, when its front matter gives one. */
  url?: string;
}

/** Articles behind the given edges' claims: deduplicated by id, sorted by date, outlet, title. */
export function sourcesOf(edges: Array<{ claims: Claim[] }>): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const e of edges)
    for (const c of e.claims) {
      const a = c.article;
      if (!a || byId.has(a.id)) continue;
      const entry = { id: a.id, outlet: a.outlet ?? '', title: a.title ?? '', published: a.published ?? '' };
      byId.set(a.id, a.url ? { ...entry, url: a.url } : entry);
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
  return `[${index + 1}] ${s.outlet || 'Unknown outlet'}, “${s.title || s.id}”, ${date}${s.url ? `, ${s.url}` : ''}`;
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
