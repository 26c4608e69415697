// A claim id exists once: the database refuses a second one of a type, an ingest repairs the duplicates the
// old concurrent bug left, a waiting ingest says so, and schema creation survives running at once.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb } from '../lib/testing/db.ts';
import { readInputs, runIngest } from './index.ts';
import { WAITING_MESSAGE } from './write/lock.ts';
import { ensureSchema } from './write/schema.ts';
import * as state from './testing/graph-state.ts';

const DATA = path.join(ROOT_DIR, 'data');
const files = readInputs([DATA]);
const claimTypes = [...new Set(files.relations.map((r) => String(r.type)))].sort();
let db: Db;
let expected: string;

async function write(text: string): Promise<void> {
  const r = await db.run({ text, mode: 'WRITE' });
  if (!r.ok) throw new Error(r.error.message);
}

/** A store as the old bug left it: no marker or claim id constraints, every claim and mention twice. */
async function doubleEverything(): Promise<void> {
  for (const name of [...claimTypes.map((t) => `claim_id_${t}`), 'explorer_meta_key'])
    await db.run({ text: 'DROP CONSTRAINT $name IF EXISTS', params: { name }, mode: 'WRITE' });
  await write(`MATCH (a)-[r]->(b) WHERE r.source = 'curated'
               CALL (a, r, b) { CREATE (a)-[c:$(type(r))]->(b) SET c = properties(r) }`);
  await write('MATCH (a:Article)-[m:MENTIONS]->(e:Entity) CREATE (a)-[:MENTIONS {count: m.count}]->(e)');
  await write("CREATE (:ExplorerMeta {key: 'ingest'})");
}

beforeAll(async () => {
  db = testDb();
  await state.emptyStore(db);
  expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
  expected = await state.snapshot(db);
});
afterAll(async () => db.close());

describe('claim ids', () => {
  it('have one constraint per claim type, and the database refuses a second claim with an id', async () => {
    expect(await state.claimConstraintTypes(db)).toEqual(claimTypes);
    const copy = await db.run({
      mode: 'WRITE',
      text: `MATCH (a)-[r]->(b) WHERE r.source = 'curated' WITH a, r, b LIMIT 1
             CREATE (a)-[c:$(type(r))]->(b) SET c = properties(r)`,
    });
    expect(copy.ok).toBe(false);
    if (!copy.ok) expect(copy.error.code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
  });

  it('an ingest repairs a store with every claim and mention twice: one of each is kept', async () => {
    await doubleEverything();
    expect(await state.duplicateClaimIds(db)).toHaveLength(files.relations.length);
    const report = await runIngest(db, { paths: [DATA], prune: true });
    if (!report.ok) throw new Error(JSON.stringify(report));
    const mentions = (await state.counts(db)).mentions;
    expect(report.repaired).toEqual({ claims: files.relations.length, mentions });
    expect(report.counts.claims).toEqual({ created: 0, updated: 0, unchanged: files.relations.length, deleted: 0 });
    expect(await state.duplicateClaimIds(db)).toEqual([]);
    expect(state.snapshotDiff(await state.snapshot(db), expected)).toEqual({ missing: [], extra: [] });
    expect(await state.claimConstraintTypes(db)).toEqual(claimTypes);
  });

  it('constraints follow the types: a type with no claim left loses its constraint', async () => {
    const dir = path.join(ROOT_DIR, 'data', 'graph', 'entities.yaml');
    const report = await runIngest(db, { paths: [dir, path.join(ROOT_DIR, 'data', 'articles')], prune: true });
    expect(report).toMatchObject({ ok: true, counts: { claims: { deleted: files.relations.length } } });
    expect(await state.claimConstraintTypes(db)).toEqual([]);
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    expect(await state.claimConstraintTypes(db)).toEqual(claimTypes);
  });
});

describe('the ingest lock', () => {
  it('a second ingest says it waits, and runs once the first is done', async () => {
    const lock = await state.holdIngestLock(db);
    const lines: string[] = [];
    const pending = runIngest(db, { paths: [DATA], prune: true, log: (s) => lines.push(s) });
    try {
      await state.until(() => lines.includes(WAITING_MESSAGE), 'the waiting notice');
    } finally {
      await lock.release();
    }
    expect(await pending).toMatchObject({ ok: true, counts: { claims: { unchanged: files.relations.length } } });
  });

  it('schema creation run 8 times at once succeeds every time (a store with data, as on an upgrade)', async () => {
    // With data, building an index takes long enough for the runs to collide; on an empty store they rarely do.
    await state.dropSchema(db);
    const dbs = Array.from({ length: 8 }, () => createDb(testConfig().neo4j));
    try {
      const results = await Promise.all(dbs.map((d) => ensureSchema(d)));
      expect(results.filter((r) => !r.ok)).toEqual([]);
    } finally {
      await Promise.all(dbs.map((d) => d.close()));
    }
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    // A store that has the whole schema runs no schema statement: each takes the schema lock, even a no-op.
    expect(await ensureSchema(db)).toEqual({ ok: true, value: 0 });
  });
});
