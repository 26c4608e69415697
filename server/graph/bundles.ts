// The one mapper from cypher/bundles.cypher records to the wire Bundle, and the one way routes fetch bundles.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Db } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import {
  BUNDLE_CELL_CAP,
  BUNDLE_LIST_CAP,
  FIGURE_VALUE_CAP,
  INLINE_CLAIMS,
  bundleId,
  type ArticleRef,
  type Bundle,
  type BundleCell,
  type Counted,
  type FigureSummary,
} from '../../lib/model/wire.ts';
import { int, query } from '../http/db.ts';
import { jsonBytes } from '../http/budget.ts';
import { claimsFrom, toArticleRef } from './map.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';

/** One bundle to fetch: the calling endpoint decides which (bounded by the entities it was asked for). */
export interface BundleKey {
  source: string;
  type: string;
  target: string;
}

const num = (v: unknown): number => {
  const p = toPlain(v);
  return typeof p === 'number' ? p : 0;
};
const strOrNull = (v: unknown): string | null => {
  const p = toPlain(v);
  return typeof p === 'string' ? p : null;
};
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

const counted = <T>(v: unknown, value: (x: unknown) => T): Counted<T>[] =>
  list(v).map((x) => ({ value: value(x.value), count: num(x.count) }));

function cellOf(x: Record<string, unknown>): BundleCell {
  return {
    status: strOrNull(x.status),
    articleId: strOrNull(x.articleId),
    outlet: strOrNull(x.outlet),
    day: strOrNull(x.day),
    count: num(x.count),
  };
}

function figureOf(x: Record<string, unknown>): FigureSummary {
  return {
    key: String(x.key),
    min: num(x.min),
    max: num(x.max),
    count: num(x.count),
    values: list(x.values).map((v) => ({
      value: num(v.value),
      count: num(v.count),
      claimants: (Array.isArray(v.claimants) ? v.claimants : []).map(String),
    })),
    valuesComplete: x.valuesComplete === true,
  };
}

export function toBundle(r: Neo4jRecord): Bundle {
  // A hub-to-hub bundle stored whole by ingest (lib/model/hub-index.ts) from this same mapper's output.
  const stored = r.has('stored') ? r.get('stored') : null;
  if (typeof stored === 'string') return JSON.parse(stored) as Bundle;
  const key = { source: String(r.get('source')), type: String(r.get('type')), target: String(r.get('target')) };
  const byStatus = Object.fromEntries(list(r.get('byStatus')).map((x) => [String(x.key), num(x.count)]));
  return {
    id: bundleId(key),
    ...key,
    kind: r.get('claimLike') === true ? 'claims' : 'structural',
    count: num(r.get('count')),
    byStatus,
    outlets: counted(r.get('outlets'), String),
    outletCount: num(r.get('outletCount')),
    articles: counted(r.get('articles'), (a) => toArticleRef(a) as ArticleRef),
    articleCount: num(r.get('articleCount')),
    firstDate: strOrNull(r.get('firstDate')),
    lastDate: strOrNull(r.get('lastDate')),
    undated: num(r.get('undated')),
    days: counted(r.get('days'), String),
    daysComplete: r.get('daysComplete') === true,
    cells: list(r.get('cells')).map(cellOf),
    cellsComplete: r.get('cellsComplete') === true,
    figures: list(r.get('figures')).map(figureOf),
    claims: claimsFrom(r.get('claims')),
  };
}

/** Largest first, then by id: the order every endpoint lists bundles in. */
export const byBundleSize = (a: Bundle, b: Bundle): number =>
  b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function fetchBundles(db: Db, keys: BundleKey[]): Promise<Bundle[]> {
  const distinct = [...new Map(keys.map((k) => [bundleId(k), k])).values()];
  if (distinct.length === 0) return [];
  const rows = await query(db, 'bundles', {
    keys: distinct.map(({ source, type, target }) => ({
      source,
      type,
      target,
      s: toKeyParam(source),
      t: toKeyParam(target),
    })),
    listCap: int(BUNDLE_LIST_CAP),
    cellCap: int(BUNDLE_CELL_CAP),
    figureCap: int(FIGURE_VALUE_CAP),
    inline: int(INLINE_CLAIMS),
  });
  return rows.map(toBundle).sort(byBundleSize);
}

/**
 * Last resort when even one item (an expand neighbour with a bundle per type and direction) would pass the
 * budget: large bundles (count > INLINE_CLAIMS, paged anyway) keep fewer preview claims, then fewer cells
 * (cellsComplete false: filter counts become estimates). Counts, outlets, articles, dates and figures stay.
 */
export function shrinkBundles(bundles: Bundle[], budget: number): Bundle[] {
  const steps: ((b: Bundle) => Bundle)[] = [
    (b) => ({ ...b, claims: b.claims.slice(0, 1) }),
    (b) => ({ ...b, claims: [], cells: b.cells.slice(0, 8), cellsComplete: b.cellsComplete && b.cells.length <= 8 }),
  ];
  let out = bundles;
  for (const step of steps) {
    if (jsonBytes(out) <= budget) return out;
    out = out.map((b) => (b.count > INLINE_CLAIMS ? step(b) : b));
  }
  return out;
}

/** What a view restore needs of a large bundle (its claims are paged anyway): the totals and short lists. */
const SUMMARY_LIST = 8;

/**
 * A large bundle (count > INLINE_CLAIMS) as a summary: no preview claims, and at most SUMMARY_LIST cells,
 * articles, outlets and days (their "complete" flags say so, so filter counts become estimates where a list
 * was cut). Count, byStatus, distinct counts, first/last date and figures stay exact. Small bundles travel whole.
 */
export function summaryOf(b: Bundle): Bundle {
  if (b.count <= INLINE_CLAIMS) return b;
  return {
    ...b,
    claims: [],
    cells: b.cells.slice(0, SUMMARY_LIST),
    cellsComplete: b.cellsComplete && b.cells.length <= SUMMARY_LIST,
    articles: b.articles.slice(0, SUMMARY_LIST),
    outlets: b.outlets.slice(0, SUMMARY_LIST),
    days: b.days.slice(0, SUMMARY_LIST),
    daysComplete: b.daysComplete && b.days.length <= SUMMARY_LIST,
  };
}
