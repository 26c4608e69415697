// The start page is computed once per ingest version: a re-run that changes nothing keeps it, an ingest that
// changes the data shows at once, and a database without the version marker is never cached.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import type { Db } from '../lib/neo4j/client.ts';
import type { SeedResult } from '../lib/model/wire.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';

let db: Db;
let app: FastifyInstance;
let extraDir: string;
const EDGE = 'north-korea|SENDS_TROOPS_TO|russia';

const seed = async () => (await app.inject({ method: 'GET', url: '/api/seed' })).json() as SeedResult;
const edgeCount = (s: SeedResult) => s.bundles.find((b) => b.id === EDGE)?.count;

async function version(): Promise<string | null> {
  const r = await db.run({ name: 'data-version' });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value.records[0]?.get('version') as string | null) ?? null;
}

async function ingest(paths: string[]): Promise<void> {
  const report = await runIngest(db, { paths });
  if (!report.ok) throw new Error(JSON.stringify(report).slice(0, 1000));
}

const EXTRA_CLAIM = `relations:
  - id: nk-troops-russia-cache-test
    from: north-korea
    type: SENDS_TROOPS_TO
    to: russia
    status: reported
    date: "2024-10-24"
    claimant: lloyd-austin
    article: nos-2024-10-23-us-evidence-nk-troops
    quote: "De Verenigde Staten zeggen voor het eerst bewijs te hebben gezien van de aanwezigheid van Noord-Koreaanse troepen in Rusland."
`;

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  await ingest([testConfig().dataDir]);
  app = await buildServer({ config: testConfig(), db });
  extraDir = await mkdtemp(path.join(tmpdir(), 'seed-cache-'));
  await writeFile(path.join(extraDir, 'relations-extra.yaml'), EXTRA_CLAIM);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(extraDir, { recursive: true, force: true });
});

/** The curated claims of the edge, counted in Neo4j (the story's data may grow). */
async function curatedCount(): Promise<number> {
  const r = await db.run({
    mode: 'READ',
    text: "MATCH (:Entity {id: 'north-korea'})-[r:SENDS_TROOPS_TO]->(:Entity {id: 'russia'}) WHERE r.id <> 'nk-troops-russia-cache-test' RETURN count(r) AS n",
  });
  if (!r.ok) throw new Error(r.error.message);
  return Number(r.value.records[0]!.get('n'));
}

describe('start page per data version', () => {
  let base = 0;
  it('a re-run of the same files keeps the version, and the start page with it', async () => {
    base = await curatedCount();
    expect(base).toBeGreaterThan(1);
    const v = await version();
    expect(v).toMatch(/^[0-9a-f-]{36}$/);
    expect(edgeCount(await seed())).toBe(base);
    await ingest([testConfig().dataDir]);
    expect(await version()).toBe(v);
    expect(edgeCount(await seed())).toBe(base);
  });

  it('an ingest that changes the data shows on the next request', async () => {
    const v = await version();
    await ingest([extraDir]);
    expect(await version()).not.toBe(v);
    expect(edgeCount(await seed())).toBe(base + 1);
  });

  it('a database without the marker is read afresh on every request', async () => {
    const del = await db.run({ mode: 'WRITE', text: "MATCH (m:ExplorerMeta {key: 'ingest'}) DELETE m" });
    expect(del.ok).toBe(true);
    expect(edgeCount(await seed())).toBe(base + 1);
    const drop = await db.run({ mode: 'WRITE', text: "MATCH ()-[r {id: 'nk-troops-russia-cache-test'}]->() DELETE r" });
    expect(drop.ok).toBe(true);
    expect(edgeCount(await seed())).toBe(base);
  });
});
