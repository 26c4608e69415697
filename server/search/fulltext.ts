// The full-text method: every full-text node index of the plan, queried by name (cypher/search-fulltext.cypher),
// each bounded by `limit`, merged by score.
import type { Db } from '../../lib/neo4j/client.ts';
import type { SearchResult } from '../../lib/model/wire.ts';
import { int } from '../http/db.ts';
import { dbFailure } from '../http/errors.ts';
import { hitOf, mapLimit } from './hits.ts';
import type { FulltextIndex } from './plan.ts';
import { mergeByScore } from './rank.ts';

/** What queryNodes fails with when the index is gone (dropped since the plan was read). */
const PROCEDURE_FAILED = 'Neo.ClientError.Procedure.ProcedureCallFailed';

export interface FulltextAnswer {
  hits: SearchResult[];
  /** An index of the plan no longer answers: read the plan again. */
  stale: boolean;
}

async function queryIndex(db: Db, index: string, lucene: string, limit: number) {
  const r = await db.run({ name: 'search-fulltext', params: { index, lucene, limit: int(limit) } });
  if (r.ok) return { hits: r.value.records.map((rec) => hitOf(rec.get('node'), rec.get('score'))), stale: false };
  // A missing index is not an outage: this index adds nothing, the others still answer.
  if (r.error.code === PROCEDURE_FAILED) return { hits: [], stale: true };
  throw dbFailure(r.error);
}

export async function fulltextHits(
  db: Db,
  indexes: readonly FulltextIndex[],
  lucene: string,
  limit: number,
): Promise<FulltextAnswer> {
  const answers = await mapLimit(indexes, 4, (ix) => queryIndex(db, ix.name, lucene, limit));
  return {
    hits: mergeByScore(
      answers.map((a) => a.hits),
      limit,
    ),
    stale: answers.some((a) => a.stale),
  };
}
