// Reads who filled the database (cypher/db-ownership.cypher, bounded at any size) and turns a foreign one into
// the refusal runIngest returns: the ingest writes into a graph this app did not make only when asked to.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Db, DbError, Result, TxRunner } from '../lib/neo4j/client.ts';
import { cypher } from '../lib/neo4j/cypher.ts';
import { ENTITY_TYPE_IDS } from '../lib/model/domain.ts';
import { classifyOwnership, describeForeign, MAX_LABELS, type Ownership } from './ownership.ts';

/** DbError code of an ingest refused because the database is foreign. */
export const FOREIGN_DATABASE = 'ExplorerForeignDatabase';

const params = () => ({ typeLabels: ENTITY_TYPE_IDS, maxLabels: MAX_LABELS });

function fromRecord(r: Neo4jRecord): Ownership {
  const num = (key: string) => Number(r.get(key));
  const list = (key: string) => (r.get(key) as string[]).map(String);
  return classifyOwnership({
    nodes: num('nodes'),
    entities: num('entities'),
    appNodes: num('appNodes'),
    marked: r.get('marked') === true,
    otherLabels: list('otherLabels'),
    otherLabelCount: num('otherLabelCount'),
    typeLabels: list('typeLabels'),
    appLabels: list('appLabels'),
  });
}

/** Only the app's kinds, yet no marker: what a read in the middle of another ingest's commit can see. */
const unmarkedOnly = (o: Ownership) => o.kind === 'foreign' && o.foreignNodes === 0 && o.labels.length === 0;

/** Re-reads of an unmarked-only verdict, and the pause between them. */
const REREADS = 5;
const REREAD_MS = 100;

/**
 * Who filled the database, read on its own (npm start, and an ingest before it creates its schema).
 * Read committed is not a snapshot: while a concurrent ingest's commit is being applied, the count store can
 * already show its nodes (the marker among them) while the marker's index entry is not visible yet. CI once saw
 * 8 parallel ingests refuse "91 nodes … that no ingest of this app marked". So that verdict is read again a few
 * times; a database that is really unmarked stays so, and is refused as before.
 */
export async function readOwnership(db: Db): Promise<Result<Ownership>> {
  let r = await readOnce(db);
  for (let i = 0; i < REREADS && r.ok && unmarkedOnly(r.value); i++) {
    await new Promise((done) => setTimeout(done, REREAD_MS));
    r = await readOnce(db);
  }
  return r;
}

async function readOnce(db: Db): Promise<Result<Ownership>> {
  const r = await db.run({ name: 'db-ownership', params: params() });
  return r.ok ? { ok: true, value: fromRecord(r.value.records[0]!) } : r;
}

/** The same inside a transaction: what it has written so far counts too (the count store sees it). */
export async function readOwnershipInTx(tx: TxRunner): Promise<Ownership> {
  return fromRecord((await tx.run(cypher('db-ownership'), params())).records[0]!);
}

/** Thrown inside the ingest transaction to roll it back when the database turns out to be foreign. */
export class ForeignDatabase extends Error {
  constructor(readonly ownership: Ownership) {
    super(`the database holds ${describeForeign(ownership)}`);
  }
}

export function foreignDatabaseError(o: Ownership): DbError {
  return { kind: 'query', code: FOREIGN_DATABASE, message: new ForeignDatabase(o).message };
}

/** Throws ForeignDatabase unless the database is empty or ours (or the caller asked to write into it anyway). */
export async function refuseForeignInTx(tx: TxRunner, intoForeign: boolean): Promise<void> {
  if (intoForeign) return;
  const o = await readOwnershipInTx(tx);
  if (o.kind === 'foreign') throw new ForeignDatabase(o);
}
