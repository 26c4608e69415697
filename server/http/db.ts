// Runs a named query from cypher/ and turns a failed Result into an HttpError.
import neo4j from 'neo4j-driver';
import type { RecordShape, Record as Neo4jRecord } from 'neo4j-driver';
import type { Db } from '../../lib/neo4j/client.ts';
import { dbFailure } from './errors.ts';

export async function query<R extends RecordShape = RecordShape>(
  db: Db,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord<R>[]> {
  const r = await db.run<R>({ name, params, mode: 'READ' });
  if (!r.ok) throw dbFailure(r.error);
  return r.value.records;
}

/** JS numbers arrive in Cypher as floats; LIMIT/SKIP and ranges need real integers. */
export const int = (n: number) => neo4j.int(n);
