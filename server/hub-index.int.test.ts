// The hub index (lib/model/hub-index.ts) answers exactly what the live queries answer: the same neighbour
// pages, the same claim pages, the same bundles between hubs and the same bundle keys among a view's ids,
// after a first ingest, after changed claims, and on a store indexed before the hub index existed.
// The live answer is asked for through the same endpoints with every claim type listed as a filter, which
// the index does not serve.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { generateGraph } from '../lib/testing/synthetic-graph.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { runIngest } from '../ingest/index.ts';
import { bundleOf } from '../lib/model/bundle.ts';
import type { Bundle, Claim, ClaimsPage, ExpandResult, GraphPage } from '../lib/model/wire.ts';
import type { HubIndexOptions } from '../lib/model/hub-index.ts';
import { buildServer } from './app.ts';

const HUBS: HubIndexOptions = { minClaims: 300, max: 3 };
let db: Db;
let app: FastifyInstance;
const dirs: string[] = [];

async function rows(text: string, params: Record<string, unknown> = {}, mode: 'READ' | 'WRITE' = 'READ') {
  const r = await db.run({ text, params, mode });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.map((x) => x.toObject());
}

async function ingest(seed: number): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-index-'));
  dirs.push(dir);
  await generateGraph(dir, { entities: 400, claims: 4000, hubs: 4, hubShare: 0.35, articles: 20, seed });
  const report = await runIngest(db, { paths: [dir], prune: true, hooks: { hubIndex: HUBS } });
  if (!report.ok) throw new Error(JSON.stringify(report).slice(0, 1000));
}

async function get<T>(url: string): Promise<T> {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBe(200);
  return r.json() as T;
}

const indexedHubs = async () => (await rows('MATCH (h:ExplorerHub) RETURN h.id AS id ORDER BY id')).map((r) => r.id);
const allTypes = async () =>
  (await rows("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN collect(DISTINCT type(r)) AS t"))[0]!.t as string[];

/** Every page of `url` (expand or claims), `limit` at a time. */
async function walk<T>(url: string, take: (page: T) => unknown[], limit: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let skip = 0; ;) {
    const page = await get<T>(`${url}&skip=${skip}&limit=${limit}`);
    const items = take(page);
    out.push(...items);
    skip += items.length;
    if (items.length === 0) return out;
  }
}

const neighbours = (id: string, extra: string) =>
  walk<ExpandResult>(
    `/api/expand/${id}?${extra}`,
    (p) => p.nodes.map((n) => [n.id, p.bundles.filter((b) => b.source === n.id || b.target === n.id)]),
    40,
  );
const claimIds = (id: string, extra: string) =>
  walk<ClaimsPage>(`/api/claims?entity=${id}${extra}`, (p) => p.claims.map((c) => c.id), 37);

/** Each bundle as `id:count`, sorted. */
const COUNTED = "WITH s.id + '|' + type(r) + '|' + t.id AS k, count(r) AS n RETURN k + ':' + n AS k";

/** The hubs and 30 small entities. */
const viewIds = async () => [
  ...(await indexedHubs()),
  ...(await rows('MATCH (e:Entity) WHERE e.claimDegree < 20 RETURN e.id AS id ORDER BY id LIMIT 30')).map((r) => r.id),
];

/** Every page of POST /api/graph: the nodes' ids and the bundles as `id:count`, sorted. */
async function graphKeys(ids: unknown[], focus?: string[]): Promise<{ nodes: string[]; keys: string[] }> {
  const nodes: string[] = [];
  const keys: string[] = [];
  for (let cursor: string | null = null; ;) {
    const r = await app.inject({ method: 'POST', url: '/api/graph', payload: { ids, focus, cursor } });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    const page = r.json() as GraphPage;
    nodes.push(...page.nodes.map((n) => n.id));
    keys.push(...page.bundles.map((b) => `${b.id}:${b.count}`));
    cursor = page.next;
    if (!cursor) return { nodes, keys: keys.sort() };
  }
}

async function expectIndexEqualsLive(): Promise<void> {
  const hubs = await indexedHubs();
  expect(hubs.length).toBeGreaterThan(1);
  const types = `types=${(await allTypes()).join(',')}`;
  for (const hub of hubs) {
    expect(await neighbours(hub, 'direction=both'), `neighbours of ${hub}`).toEqual(await neighbours(hub, types));
    expect(await claimIds(hub, ''), `claims of ${hub}`).toEqual(await claimIds(hub, `&${types}`));
  }
  // Every bundle between two hubs, as stored, equals bundleOf its paged claims, and none is missing.
  const live = await rows(
    "MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $h AND t.id IN $h AND type(r) <> 'MENTIONS' RETURN DISTINCT s.id + '|' + type(r) + '|' + t.id AS k ORDER BY k",
    { h: hubs },
  );
  const stored = await rows('MATCH (b:ExplorerHubBundle) RETURN b.key AS k, b.json AS json ORDER BY k');
  expect(stored.map((s) => s.k)).toEqual(live.map((l) => l.k));
  for (const s of stored) {
    const claims = (await walk<ClaimsPage>(
      `/api/claims?bundle=${encodeURIComponent(String(s.k))}`,
      (p) => p.claims,
      100,
    )) as Claim[];
    expect(JSON.parse(String(s.json)) as Bundle, String(s.k)).toEqual(bundleOf(claims));
  }
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  app = await buildServer({ config: testConfig(), db });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('the hub index', () => {
  it('indexes the largest entities above the threshold and answers as the live queries do', async () => {
    await ingest(1);
    const expected = await rows(
      'MATCH (e:Entity) WHERE e.claimDegree >= $min RETURN e.id AS id ORDER BY e.seedRank DESC, e.id LIMIT toInteger($max)',
      { min: HUBS.minClaims, max: HUBS.max },
    );
    expect(await indexedHubs()).toEqual(expected.map((r) => r.id).sort());
    await expectIndexEqualsLive();
  }, 240_000);

  it('restores a view of hubs and leaves with the same bundle keys as a direct count', async () => {
    const ids = await viewIds();
    const { keys } = await graphKeys(ids);
    const live = await rows(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids AND type(r) <> 'MENTIONS' ${COUNTED}`,
      { ids },
    );
    expect(keys).toEqual(live.map((l) => l.k).sort());
  }, 120_000);

  it('adds a hub or a leaf to a view: only it travels, with its bundles to the view', async () => {
    const ids = await viewIds();
    for (const f of [ids[0]!, ids.at(-1)!]) {
      const got = await graphKeys(ids, [f]);
      const live = await rows(
        `MATCH (s:Entity)-[r]->(t:Entity)
         WHERE ((s.id = $f AND t.id IN $ids) OR (t.id = $f AND s.id IN $ids)) AND type(r) <> 'MENTIONS' ${COUNTED}`,
        { ids, f },
      );
      expect(got.nodes).toEqual([f]);
      expect(got.keys, f).toEqual(live.map((l) => l.k).sort());
      expect(got.keys.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('follows changed claims, and is built by the next ingest on a store without it', async () => {
    await ingest(2);
    await expectIndexEqualsLive();
    await rows('MATCH (x) WHERE any(l IN labels(x) WHERE l STARTS WITH "ExplorerHub") DETACH DELETE x', {}, 'WRITE');
    await runIngest(db, { paths: [dirs.at(-1)!], prune: true, hooks: { hubIndex: HUBS } });
    expect((await indexedHubs()).length).toBe(HUBS.max);
    await expectIndexEqualsLive();
  }, 300_000);
});
