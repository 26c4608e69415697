// Driver records → the API's Entity / Claim (lib/model/wire.ts). Pure: no driver calls, testable without a DB.
import { propsToPlain, toPlain, type Plain } from '../../lib/neo4j/values.ts';
import { elementKey } from '../../lib/model/node-key.ts';
import { entityFromPlain, extraProperties } from '../../lib/neo4j/result-graph.ts';
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

const strList = (v: unknown): string[] => {
  const p = toPlain(v);
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [];
};

/** A Neo4j Date (or an ISO string) → 'YYYY-MM-DD'; anything else → null. */
export function isoDate(v: unknown): string | null {
  const p: Plain = toPlain(v);
  const s = typeof p === 'string' ? p : p && typeof p === 'object' && !Array.isArray(p) ? p.value : null;
  if (typeof s !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? m[1]! : null;
}

/** A driver node → Entity, through the one decoder (lib/neo4j/result-graph.ts): curated entities by id, any
 *  other node by `neo4j:<elementId>` with its labels and (capped) properties. */
export const toEntity = (node: unknown): Entity => entityFromPlain(toPlain(node));

export function toArticleRef(value: unknown): ArticleRef | null {
  if (value === null || value === undefined) return null;
  const p = propsOf(value);
  const id = str(p.id);
  if (id === null) return null;
  return { id, title: str(p.title), outlet: str(p.outlet), published: str(p.published) };
}

/** Figures are flattened on the relationship: `figureKeys: ['troops']`, `troops: 11000`. */
export function figuresOf(props: Props): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of strList(props.figureKeys)) {
    const v = toPlain(props[key]);
    if (typeof v === 'number') out[key] = v;
  }
  return out;
}

export function toClaim(row: ClaimRow): Claim {
  const rel = row.rel as { type?: string; elementId?: string } | null;
  const p = propsOf(rel);
  const claimantId = str(p.claimantId);
  return {
    // Only a text id is a claim id; a foreign graph's integer ids are not unique across relationships.
    id: typeof toPlain(p.id) === 'string' ? String(p.id) : rel?.elementId ? elementKey(rel.elementId) : '',
    type: rel?.type ?? '',
    source: str(row.source) ?? '',
    target: str(row.target) ?? '',
    status: str(p.status),
    date: isoDate(p.date),
    dateText: str(p.dateText),
    claimant: claimantId ? { id: claimantId, name: str(p.claimantName) ?? claimantId } : null,
    article: toArticleRef(row.article),
    quote: str(p.quote),
    figures: figuresOf(p),
    ...extraProperties(propsToPlain(p)),
  };
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
