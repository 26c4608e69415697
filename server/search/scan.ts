// The last method: a scan of at most `cap` nodes (cypher/search-scan.cypher) for a case-insensitive substring of
// a caption-like property. It runs only when the indexes found nothing, and its answer is partial.
import type { Db } from '../../lib/neo4j/client.ts';
import type { SearchResult } from '../../lib/model/wire.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import { int, query } from '../http/db.ts';
import { hitOf } from './hits.ts';
import type { SearchPlan } from './plan.ts';

export interface ScanAnswer {
  hits: SearchResult[];
  /** Nodes examined (at most the cap). */
  scanned: number;
}

export async function scanHits(
  db: Db,
  plan: Pick<SearchPlan, 'scanKeys' | 'covered'>,
  text: string,
  limit: number,
  cap: number,
): Promise<ScanAnswer> {
  const rows = await query(db, 'search-scan', {
    cap: int(cap),
    keys: plan.scanKeys,
    covered: plan.covered,
    needle: text.trim().toLowerCase(),
    limit: int(limit),
  });
  const row = rows[0];
  if (!row) return { hits: [], scanned: 0 };
  const hits = (row.get('hits') as { node: unknown; score: unknown }[]).map((h) => hitOf(h.node, h.score));
  return { hits, scanned: Number(toPlain(row.get('scanned'))) };
}
