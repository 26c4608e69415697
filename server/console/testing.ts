// Test helpers: how many Neo4j transactions a console query id has, and waiting for its one to start
// (a new app's console worker starts on its first query, so a fixed sleep is not enough).
import type { Db } from '../../lib/neo4j/client.ts';

export async function consoleTransactions(db: Db, queryId: string): Promise<number> {
  const r = await db.run({ name: 'console/find-transactions', params: { queryId } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.length;
}

export async function untilRunning(db: Db, queryId: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while ((await consoleTransactions(db, queryId)) === 0) {
    if (Date.now() > deadline) throw new Error(`console query ${queryId} never started`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
