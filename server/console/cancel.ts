// Server-side cancel: find the console transaction by its metadata and terminate it in Neo4j.
import type { Db } from '../../lib/neo4j/client.ts';

export async function terminateConsoleQuery(db: Db, queryId: string): Promise<number> {
  const found = await db.run({ name: 'console/find-transactions', params: { queryId } });
  if (!found.ok) return 0;
  const ids = found.value.records.map((r) => String(r.get('transactionId')));
  if (ids.length === 0) return 0;
  const done = await db.run({ name: 'console/terminate-transactions', params: { ids } });
  return done.ok ? done.value.records.length : 0;
}
