// Which database a perspective belongs to. The store's database id (db.info()) names it: it survives restarts
// and a wipe-and-refill, and another store or server gets its own file. Servers that refuse db.info() get a
// hash of the configured URI and database name instead (stable too, but tied to how the database is addressed).
import { createHash } from 'node:crypto';
import type { Db } from '../../lib/neo4j/client.ts';
import { dbFailure } from '../http/errors.ts';
import { DATABASE_ID } from './store.ts';

export async function databaseIdentity(db: Db, uri: string): Promise<string> {
  const r = await db.run({ name: 'perspective-database', mode: 'READ' });
  if (r.ok) {
    const id = String(r.value.records[0]?.get('id') ?? '');
    if (DATABASE_ID.test(id)) return id;
  } else if (r.error.kind !== 'query' && r.error.kind !== 'auth') throw dbFailure(r.error);
  return `h-${createHash('sha256').update(`${uri}\u0000${db.database}`).digest('hex').slice(0, 40)}`;
}
