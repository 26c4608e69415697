// Cypher console results (tagged plain values) → the explorer's graph {nodes, edges}. Pure.
// :Entity nodes keep their curated id; other nodes become `neo4j:<elementId>`.

import type { Plain } from '../lib/neo4j/values.ts';
import type { ArticleRef, Claim, GNode, Graph } from '../web/src/api/types.ts';

type Obj = { [k: string]: Plain };

const isObj = (v: Plain): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function walk(v: Plain, visit: (o: Obj) => void): void {
  if (Array.isArray(v)) return v.forEach((x) => walk(x, visit));
  if (!isObj(v)) return;
  if (v.$type === 'node' || v.$type === 'relationship') return visit(v);
  if (v.$type === 'path') {
    walk(v.start ?? null, visit);
    walk(v.end ?? null, visit);
    for (const seg of (v.segments as Plain[] | undefined) ?? []) walk(seg, visit);
    return;
  }
  for (const x of Object.values(v)) walk(x, visit);
}

export function graphFromRows(rows: Array<Record<string, Plain>>, articles: Map<string, ArticleRef>): Graph {
  const nodes = new Map<string, GNode>();
  const idOf = new Map<string, string>();
  const rels = new Map<string, Obj>();
  for (const row of rows)
    walk(row as Plain, (o) => {
      const elementId = String(o.id);
      if (o.$type === 'relationship') {
        rels.set(elementId, o);
        return;
      }
      const labels = (Array.isArray(o.labels) ? o.labels : []).map(String);
      const p = isObj(o.properties ?? null) ? (o.properties as Obj) : {};
      const entity = labels.includes('Entity') && s(p.id);
      const id = entity ? s(p.id)! : `neo4j:${elementId}`;
      idOf.set(elementId, id);
      if (!nodes.has(id)) {
        const other = labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Node';
        nodes.set(id, {
          id,
          name: s(p.name) ?? s(p.title) ?? s(p.id) ?? id,
          type: entity ? (s(p.type) ?? other) : other,
          ...(entity ? {} : { labels }),
        });
      }
    });
  const edges: Claim[] = [];
  for (const [elementId, r] of rels) {
    const source = idOf.get(String(r.start));
    const target = idOf.get(String(r.end));
    if (!source || !target) continue; // an end node the query did not return
    const p = isObj(r.properties ?? null) ? (r.properties as Obj) : {};
    const figures: Record<string, number> = {};
    for (const k of (Array.isArray(p.figureKeys) ? p.figureKeys : []).map(String))
      if (typeof p[k] === 'number') figures[k] = p[k] as number;
    const date = isObj(p.date ?? null) ? s((p.date as Obj).value) : s(p.date);
    const articleId = s(p.articleId);
    const claimantId = s(p.claimantId);
    edges.push({
      id: s(p.id) ?? `neo4j:${elementId}`,
      type: String(r.type),
      source,
      target,
      ...(p.status !== undefined
        ? {
            status: s(p.status),
            date: date ?? null,
            dateText: s(p.dateText) ?? null,
            claimant: claimantId ? { id: claimantId, name: s(p.claimantName) ?? claimantId } : null,
            article: articleId
              ? (articles.get(articleId) ?? { id: articleId, title: articleId, outlet: '', published: '' })
              : null,
            quote: s(p.quote) ?? '',
            figures,
          }
        : {}),
    });
  }
  return { nodes: [...nodes.values()], edges };
}

/** `// params: {...}` header of a saved query file, as in cypher/queries/. */
export function paramsFromHeader(text: string): Record<string, unknown> {
  const m = /^\/\/\s*params:\s*(\{.*\})\s*$/m.exec(text);
  if (!m) return {};
  try {
    return JSON.parse(m[1]!) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function titleFromHeader(text: string): string | undefined {
  return /^\/\/\s*title:\s*(.+)$/m.exec(text)?.[1]?.trim();
}
