// The indexed method, for labels no full-text index covers: exact and prefix seeks on RANGE / TEXT indexes of
// caption properties. Neo4j 5.26 cannot seek an index through a dynamic label or property (`MATCH (n:$($l))`,
// `n[$p]` plan as AllNodesScan + Filter; checked with EXPLAIN), so the label and property are put into the
// template cypher/search-indexed.cypher as quoted identifiers. They come from SHOW INDEXES, never from the user;
// the user's text stays a parameter.
import type { Db } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';
import type { SearchResult } from '../../lib/model/wire.ts';
import { int } from '../http/db.ts';
import { dbFailure } from '../http/errors.ts';
import { hitOf, mapLimit } from './hits.ts';
import { quoteIdentifier } from './identifiers.ts';
import type { Lookup } from './plan.ts';
import { caseVariants } from './rank.ts';

/** The query text of one lookup. Replacement by function: a name holding `$&` or `$'` stays literal. */
export function lookupText(lookup: Lookup): string {
  const label = quoteIdentifier(lookup.label);
  const property = quoteIdentifier(lookup.property);
  return cypher('search-indexed')
    .replaceAll('__LABEL__', () => label)
    .replaceAll('__PROPERTY__', () => property);
}

async function lookupHits(db: Db, lookup: Lookup, text: string, limit: number): Promise<SearchResult[]> {
  const params = { variants: caseVariants(text), text: text.trim(), limit: int(limit) };
  const r = await db.run({ text: lookupText(lookup), params });
  if (!r.ok) throw dbFailure(r.error);
  return r.value.records.map((rec) => hitOf(rec.get('node'), rec.get('score')));
}

/** Every lookup's hits (each at most `limit`), in plan order. */
export async function indexedHits(
  db: Db,
  lookups: readonly Lookup[],
  text: string,
  limit: number,
): Promise<SearchResult[]> {
  return (await mapLimit(lookups, 4, (l) => lookupHits(db, l, text, limit))).flat();
}
