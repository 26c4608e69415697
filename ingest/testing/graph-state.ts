// What the concurrency tests compare and need: the whole graph as a sorted fingerprint, duplicate claim ids, an
// empty store (data and schema) to start from, as a first `npm start` would, and the ingest lock held by hand.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';

async function rows(db: Db, text: string, params: Record<string, unknown> = {}) {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.map((x) => x.toObject());
}

async function write(db: Db, text: string, params: Record<string, unknown> = {}): Promise<void> {
  const r = await db.run({ text, params, mode: 'WRITE' });
  if (!r.ok) throw new Error(r.error.message);
}

/** Every node (id and content hash) and relationship (type, id and content hash or count), sorted. */
export async function snapshot(db: Db): Promise<string> {
  const [rec] = await rows(
    db,
    `CALL () { MATCH (n) RETURN collect(coalesce(n.id, n.key, '') + ':' + coalesce(n.contentHash, '')) AS ns }
     CALL () { MATCH ()-[r]->() RETURN collect(type(r) + ':' + coalesce(r.id, '') + ':' + coalesce(r.contentHash, toString(r.count))) AS rs }
     RETURN ns, rs`,
  );
  return JSON.stringify([[...rec!.ns].sort(), [...rec!.rs].sort()]);
}

/** What one snapshot has that the other lacks (short failure messages instead of two 40 kB strings). */
export function snapshotDiff(actual: string, expected: string): { missing: string[]; extra: string[] } {
  const flat = (s: string) => (JSON.parse(s) as string[][]).flat();
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const a = count(flat(actual));
  const e = count(flat(expected));
  const short = (m: Map<string, number>, o: Map<string, number>) =>
    [...m].filter(([k, n]) => n > (o.get(k) ?? 0)).map(([k, n]) => `${k} ×${n - (o.get(k) ?? 0)}`);
  return { missing: short(e, a), extra: short(a, e) };
}

export interface Counts {
  entities: number;
  articles: number;
  claims: number;
  claimIds: number;
  mentions: number;
  meta: number;
}

export async function counts(db: Db): Promise<Counts> {
  const [rec] = await rows(
    db,
    `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH ()-[r]->() WHERE r.source = 'curated' RETURN count(r) AS claims, count(DISTINCT r.id) AS claimIds }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL () { MATCH (m:ExplorerMeta) RETURN count(m) AS meta }
     RETURN entities, articles, claims, claimIds, mentions, meta`,
  );
  return Object.fromEntries(Object.entries(rec!).map(([k, v]) => [k, Number(v)])) as unknown as Counts;
}

/** Drops every constraint and index (the built-in token lookup indexes stay); the data stays. */
export async function dropSchema(db: Db): Promise<void> {
  for (const c of await rows(db, 'SHOW CONSTRAINTS YIELD name RETURN name'))
    await write(db, 'DROP CONSTRAINT $name', { name: c.name });
  for (const i of await rows(db, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await write(db, 'DROP INDEX $name', { name: i.name });
}

/** Empties the store: data, constraints and indexes. */
export async function emptyStore(db: Db): Promise<void> {
  await write(db, 'MATCH (n) DETACH DELETE n');
  await dropSchema(db);
}

/** Holds the ingest lock in a transaction of its own until `release` is called (it rolls back). */
export async function holdIngestLock(db: Db): Promise<{ release: () => Promise<void> }> {
  const session = db.session({ mode: 'WRITE' });
  const tx = session.beginTransaction();
  await tx.run(cypher('ingest-lock'));
  return {
    release: async () => {
      await tx.rollback();
      await session.close();
    },
  };
}

/** Polls `test` until it holds; the bound is generous, only a hang fails it. */
export async function until(test: () => boolean, what: string, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!test()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The claim id constraints there are, by relationship type. */
export async function claimConstraintTypes(db: Db): Promise<string[]> {
  return (
    await rows(
      db,
      "SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE name STARTS WITH 'claim_id_' RETURN labelsOrTypes[0] AS t",
    )
  )
    .map((r) => String(r.t))
    .sort();
}

/** Claim ids held by more than one relationship. */
export async function duplicateClaimIds(db: Db): Promise<string[]> {
  const found = await rows(
    db,
    `MATCH ()-[r]->() WHERE r.source = 'curated'
     WITH r.id AS id, count(r) AS n WHERE n > 1 RETURN id ORDER BY id`,
  );
  return found.map((r) => String(r.id));
}
