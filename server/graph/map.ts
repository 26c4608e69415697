// Driver records → the API's Entity / Claim (lib/model/wire.ts). Pure: no driver calls, testable without a DB.
import { propsToPlain, toPlain, type Plain } from '../../lib/neo4j/values.ts';
import { claimOf, entityFromPlain } from '../../lib/neo4j/result-graph.ts';
import type { ArticleRef, Claim, Entity } from '../../lib/model/wire.ts';

export type { ArticleRef, Claim, Entity } from '../../lib/model/wire.ts';

/** Shape the cypher files return for a claim: `{rel: r, source: s.id, target: t.id, article: a{...}}`. */
export interface ClaimRow {
  rel: unknown;
  source: unknown;
  target: unknown;
  article?: unknown;
}

type Props = Record<string, unknown>;

function propsOf(value: unknown): Props {
  if (value && typeof value === 'object' && 'properties' in value) {
    return (value as { properties: Props }).properties ?? {};
  }
  return value && typeof value === 'object' ? (value as Props) : {};
}

const str = (v: unknown): string | null => {
  const p = toPlain(v);
  return typeof p === 'string' ? p : typeof p === 'number' ? String(p) : null;
};

/** A driver node → Entity, through the one decoder (lib/neo4j/result-graph.ts): curated entities by id, any
 *  other node by `neo4j:<elementId>` with its labels and (capped) properties. */
export const toEntity = (node: unknown): Entity => entityFromPlain(toPlain(node));

export function toArticleRef(value: unknown): ArticleRef | null {
  if (value === null || value === undefined) return null;
  const p = propsOf(value);
  const id = str(p.id);
  if (id === null) return null;
  const url = str(p.url);
  return { id, title: str(p.title), outlet: str(p.outlet), published: str(p.published), ...(url ? { url } : {}) };
}

export function toClaim(row: ClaimRow): Claim {
  const rel = row.rel as { type?: string; elementId?: string } | null;
  const properties = propsToPlain(propsOf(rel)) as { [k: string]: Plain };
  const r = { type: rel?.type ?? '', elementId: rel?.elementId ?? '', properties };
  return claimOf(r, str(row.source) ?? '', str(row.target) ?? '', toArticleRef(row.article));
}

/** Deduplicates claims by id (undirected matches return self-loops twice) and keeps a stable order. */
export function claimsFrom(rows: unknown): Claim[] {
  const list = Array.isArray(rows) ? (rows as ClaimRow[]) : [];
  const seen = new Map<string, Claim>();
  for (const row of list) {
    const c = toClaim(row);
    if (!seen.has(c.id)) seen.set(c.id, c);
  }
  return [...seen.values()];
}

export function entitiesFrom(nodes: unknown): Entity[] {
  const list = Array.isArray(nodes) ? nodes : [];
  const seen = new Map<string, Entity>();
  for (const n of list) {
    const e = toEntity(n);
    if (e.id && !seen.has(e.id)) seen.set(e.id, e);
  }
  return [...seen.values()];
}
