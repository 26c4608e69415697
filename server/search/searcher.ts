// Search across any label of any graph (GET /api/search): full-text indexes where they exist, exact and prefix
// seeks on indexed caption properties of the labels they do not cover, and, only when those found nothing, a
// capped scan. Never a 503 for a missing index; every step bounded by `limit` and the caps of plan.ts.
import type { Db } from '../../lib/neo4j/client.ts';
import type { SearchMethod, SearchPage } from '../../lib/model/wire.ts';
import { query } from '../http/db.ts';
import { cached } from './cache.ts';
import { fulltextHits } from './fulltext.ts';
import { indexedHits } from './indexed.ts';
import { buildLuceneQuery } from './lucene.ts';
import { planSearch, SEARCH_CAPS, type IndexRow, type SearchPlan } from './plan.ts';
import { combine } from './rank.ts';
import { scanHits } from './scan.ts';

export interface SearcherOptions {
  /** Nodes the scan examines at most (SEARCH_CAPS.scanNodes). */
  scanCap?: number;
  /** How long the index list is kept (indexes change rarely; a search must not read the schema per keystroke). */
  planTtlMs?: number;
}

export interface Searcher {
  search(text: string, limit: number): Promise<SearchPage>;
  /** Read the schema again on the next search (tests, or after creating an index). */
  forget(): void;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function loadPlan(db: Db): Promise<SearchPlan> {
  const [indexes, tokens] = await Promise.all([query(db, 'search-indexes'), query(db, 'search-tokens')]);
  const rows: IndexRow[] = indexes.map((r) => ({
    name: String(r.get('name')),
    type: String(r.get('type')),
    labels: strings(r.get('labels')),
    properties: strings(r.get('properties')),
  }));
  const t = tokens[0];
  return planSearch(rows, strings(t?.get('labels')), strings(t?.get('propertyKeys')));
}

/** The method a plan answers with before any scan: the least precise of the tiers it has. */
const indexMethod = (plan: SearchPlan): SearchMethod =>
  plan.lookups.length > 0 ? 'indexed' : plan.fulltext.length > 0 ? 'fulltext' : 'scan';

export function createSearcher(db: Db, opts: SearcherOptions = {}): Searcher {
  const plans = cached(() => loadPlan(db), opts.planTtlMs ?? 5_000);
  const scanCap = opts.scanCap ?? SEARCH_CAPS.scanNodes;
  return {
    forget: plans.forget,
    async search(text, limit) {
      const plan = await plans.get();
      const lucene = buildLuceneQuery(text);
      // Nothing to match (only punctuation or Lucene syntax): an empty answer, not a scan for "*:*".
      if (lucene === null) return { results: [], method: indexMethod(plan), partial: false };
      const [fulltext, indexed] = await Promise.all([
        fulltextHits(db, plan.fulltext, lucene, limit),
        indexedHits(db, plan.lookups, text, limit),
      ]);
      if (fulltext.stale) plans.forget();
      const results = combine(fulltext.hits, indexed, limit);
      if (results.length > 0 || !plan.scanNeeded) return { results, method: indexMethod(plan), partial: false };
      const scan = await scanHits(db, plan, text, limit, scanCap);
      return { results: scan.hits, method: 'scan', partial: true, scanned: scan.scanned };
    },
  };
}
