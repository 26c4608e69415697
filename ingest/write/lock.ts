// The ingest lock (cypher/ingest-lock.cypher), taken as the first statement of the ingest transaction.
import type { TxRunner } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';

/** How long taking the lock may take before the run says it is waiting (a message only, not a timeout). */
export const WAIT_NOTICE_MS = 500;

export const WAITING_MESSAGE = 'waiting for another ingest to finish…';

/**
 * Takes the lock; if another ingest holds it, says so once through `onWait` and keeps waiting. The lock is
 * released by the transaction's commit or rollback (also when the process dies and Neo4j drops the
 * connection), so a crashed run never leaves it held.
 */
export async function takeIngestLock(tx: TxRunner, onWait: (message: string) => void): Promise<void> {
  const notice = setTimeout(() => onWait(WAITING_MESSAGE), WAIT_NOTICE_MS);
  try {
    await tx.run(cypher('ingest-lock'), {});
  } finally {
    clearTimeout(notice);
  }
}
