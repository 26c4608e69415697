// The rank and degrees ingest stores (ingest-rank-entities.cypher) stay equal to direct counts after
// every kind of re-ingest, and the start page reads the same key actors a full scan would rank first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { generateGraph } from '../lib/testing/synthetic-graph.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';

let db: Db;
const dirs: string[] = [];

async function rows(text: string, mode: 'READ' | 'WRITE' = 'READ'): Promise<Record<string, unknown>[]> {
  const r = await db.run({ text, mode });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.map((x) => x.toObject());
}

async function ingest(o: { claims: number; seed: number }, prune = true): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rank-'));
  dirs.push(dir);
  await generateGraph(dir, { entities: 300, claims: o.claims, hubs: 2, hubShare: 0.2, articles: 10, seed: o.seed });
  const report = await runIngest(db, { paths: [dir], prune });
  if (!report.ok) throw new Error(JSON.stringify(report).slice(0, 1000));
}

/** Entities whose stored degree lists or claim degree differ from a direct count. */
async function staleEntities(): Promise<unknown[]> {
  return rows(`
    MATCH (e:Entity)
    CALL (e) {
      OPTIONAL MATCH (e)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS'
      WITH type(r) AS t, sum(CASE WHEN startNode(r) = e THEN 1 ELSE 0 END) AS o,
           sum(CASE WHEN endNode(r) = e THEN 1 ELSE 0 END) AS i
      WHERE t IS NOT NULL
      WITH t, o, i ORDER BY t
      RETURN collect(t) AS types, collect(o) AS outs, collect(i) AS ins, sum(o) + sum(i) AS degree
    }
    WITH e, types, outs, ins, degree
    WHERE e.degreeTypes <> types OR e.degreeOut <> outs OR e.degreeIn <> ins OR e.claimDegree <> degree
       OR e.seedRank IS NULL
    RETURN e.id AS id`);
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
});
afterAll(async () => {
  await db?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('stored rank and degrees', () => {
  it('match direct counts after a first ingest, changed claims, and pruned claims', async () => {
    await ingest({ claims: 1500, seed: 1 }, false);
    expect(await staleEntities()).toEqual([]);
    // Same claim ids, other endpoints: every claim is replaced.
    await ingest({ claims: 1500, seed: 2 });
    expect(await staleEntities()).toEqual([]);
    // Fewer claims: the rest are pruned, and their endpoints lose degree.
    await ingest({ claims: 700, seed: 2 });
    expect(await staleEntities()).toEqual([]);
  });

  it('ranks a database written before ranks existed on the next ingest', async () => {
    await rows('MATCH (e:Entity) REMOVE e.seedRank, e.degreeTypes, e.degreeOut, e.degreeIn, e.claimDegree', 'WRITE');
    expect((await staleEntities()).length).toBe(300);
    await ingest({ claims: 700, seed: 2 });
    expect(await staleEntities()).toEqual([]);
  });

  it('seeds the same key actors as ranking every entity by claims, then mentions, then id', async () => {
    const scan = await rows(`
      MATCH (e:Entity)
      WITH e, COUNT { (e)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' } AS degree,
           coalesce(COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN sum(m.count) }[0], 0) AS mentions
      ORDER BY degree DESC, mentions DESC, e.id
      LIMIT 16
      RETURN e.id AS id`);
    const app = await buildServer({ config: testConfig(), db });
    try {
      const seed = (await app.inject({ url: '/api/seed?limit=16' })).json();
      expect(seed.nodes.map((n: { id: string }) => n.id)).toEqual(scan.map((r) => r.id));
    } finally {
      await app.close();
    }
  });
});
