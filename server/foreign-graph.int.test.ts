// The API on a graph this app did not create (lib/testing/foreign-graph.ts: no :Entity, integer ids, captions
// outside `name`, typed and relationship properties, a node with two labels): start page, expand, inspect,
// claims, paths and view restore all answer for `neo4j:<elementId>` keys, and nothing is written.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { FOREIGN_GRAPH, foreignKey, graphCounts, writeForeignGraph } from '../lib/testing/foreign-graph.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { buildServer } from './app.ts';
import { expandMacros } from '../lib/neo4j/cypher.ts';
import { nodeKeyOf } from '../lib/model/node-key.ts';
import type {
  Bundle,
  ClaimsPage,
  EntityDetail,
  ExpandResult,
  GraphPage,
  PathsResult,
  SeedResult,
} from '../lib/model/wire.ts';

let db: Db;
let app: FastifyInstance;
let viewsDir: string;
const key: Record<string, string> = {};

const get = async (url: string, status = 200) => {
  const r = await app.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(status);
  return r.json();
};

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  await writeForeignGraph(db);
  for (const [name, id] of Object.entries({ given: 1, ace: 2, moller: 3, shoei: 10, evergreen: 11, rtm: 20 }))
    key[name] = await foreignKey(db, id);
  viewsDir = await mkdtemp(path.join(tmpdir(), 'views-foreign-'));
  app = await buildServer({ config: { ...testConfig(), viewsDir }, db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(viewsDir, { recursive: true, force: true });
});

describe('a graph this app did not create', () => {
  it('keys nodes in Cypher (@key) exactly as lib/model/node-key.ts does', async () => {
    const text = expandMacros('MATCH (n) RETURN labels(n) AS labels, n.id AS id, elementId(n) AS eid, @key(n) AS key');
    const r = await db.run({ text });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.records).toHaveLength(FOREIGN_GRAPH.nodes);
    for (const rec of r.value.records) {
      const id: unknown = rec.get('id');
      expect(rec.get('key')).toBe(nodeKeyOf(rec.get('labels') as string[], id, rec.get('eid') as string));
      expect(rec.get('key')).toMatch(/^neo4j:/);
    }
  });

  it('starts on the best-connected nodes of a bounded sample, with the relationships among them', async () => {
    const seed = (await get('/api/seed?limit=4')) as SeedResult;
    expect(seed.sample).toEqual({ examined: FOREIGN_GRAPH.nodes, nodes: FOREIGN_GRAPH.nodes });
    expect(seed.nodes).toHaveLength(4);
    // The Ever Given has 6 relationships, the most.
    expect(seed.nodes[0]).toMatchObject({ id: key.given, name: 'Ever Given', type: 'Vessel', labels: ['Vessel'] });
    expect(seed.bundles.length).toBeGreaterThan(0);
    const ids = new Set(seed.nodes.map((n) => n.id));
    for (const b of seed.bundles) expect(ids.has(b.source) && ids.has(b.target)).toBe(true);
  });

  it('expands a node over every relationship type, with parallel relationships bundled', async () => {
    const x = (await get(`/api/expand/${encodeURIComponent(key.given!)}`)) as ExpandResult;
    expect(x.center).toMatchObject({ id: key.given, name: 'Ever Given' });
    expect(x.total).toBe(5);
    expect(x.nodes.map((n) => n.name).sort()).toEqual(
      ['Evergreen Marine', 'Rotterdam', 'Shoei Kisen Kaisha', 'Suez Canal', 'Yantian'].sort(),
    );
    const calls = x.bundles.find((b) => b.type === 'CALLED_AT' && b.target === key.rtm) as Bundle;
    expect(calls).toMatchObject({ source: key.given, count: 2, kind: 'structural' });
    expect(calls.claims.map((c) => c.properties?.berths)).toEqual(expect.arrayContaining([[3, 4], [7]]));
    expect(x.bundles.find((b) => b.type === 'BLOCKED')?.kind).toBe('claims');
    const typed = (await get(`/api/expand/${encodeURIComponent(key.given!)}?types=OWNED_BY`)) as ExpandResult;
    expect(typed.nodes.map((n) => n.name)).toEqual(['Shoei Kisen Kaisha']);
  });

  it('inspects a node: every label, typed properties and relationships per type', async () => {
    const d = (await get(`/api/entities/${encodeURIComponent(key.given!)}`)) as EntityDetail;
    expect(d.entity.properties).toMatchObject({
      id: 1,
      imo: 9811000,
      vesselName: 'Ever Given',
      built: { $type: 'date', value: '2018-09-25' },
      flags: ['PA', 'NL'],
    });
    expect(d.claimCount).toBe(6);
    expect(d.degree).toEqual([
      { type: 'BLOCKED', direction: 'out', count: 1 },
      { type: 'CALLED_AT', direction: 'out', count: 3 },
      { type: 'OPERATED_BY', direction: 'out', count: 1 },
      { type: 'OWNED_BY', direction: 'out', count: 1 },
    ]);
    const shoei = (await get(`/api/entities/${encodeURIComponent(key.shoei!)}`)) as EntityDetail;
    expect(shoei.entity.labels).toEqual(['Company', 'Shipowner']);
    expect(shoei.entity.name).toBe('Shoei Kisen Kaisha');
  });

  it('pages a bundle and a node by their relationships, with relationship properties and evidence', async () => {
    const bundle = encodeURIComponent(`${key.given}|CALLED_AT|${key.rtm}`);
    const page = (await get(`/api/claims?bundle=${bundle}`)) as ClaimsPage;
    expect(page.total).toBe(2);
    expect(page.claims.map((c) => c.properties?.arrived)).toEqual(
      expect.arrayContaining([
        { $type: 'datetime', value: '2021-07-29T06:00:00Z' },
        { $type: 'datetime', value: '2019-02-11T14:30:00Z' },
      ]),
    );
    // Undated relationships come in the one claim order: by their wire id (the element key).
    expect(page.claims.map((c) => c.id)).toEqual(page.claims.map((c) => c.id).sort());
    const all = (await get(`/api/claims?entity=${encodeURIComponent(key.given!)}&limit=100`)) as ClaimsPage;
    expect(all.total).toBe(6);
    const blocked = all.claims.find((c) => c.type === 'BLOCKED')!;
    expect(blocked).toMatchObject({ status: 'confirmed', date: '2021-03-23', properties: { days: 6 } });
    expect(blocked.quote).toMatch(/ran aground/);
  });

  it('finds the shortest paths between two nodes', async () => {
    const url = `/api/paths?from=${encodeURIComponent(key.ace!)}&to=${encodeURIComponent(key.shoei!)}`;
    const p = (await get(url)) as PathsResult;
    expect(p.paths.length).toBeGreaterThan(0);
    for (const path of p.paths) expect(path.nodes).toHaveLength(3);
    expect(p.paths[0]!.nodes.map((n) => n.name)).toEqual(['Ever Ace', 'Evergreen Marine', 'Shoei Kisen Kaisha']);
    expect(p.paths[0]!.bundles.map((b) => b.type)).toEqual(['OPERATED_BY', 'CHARTERS_FROM']);
  });

  it('restores a view by element keys, and reports keys that name nothing', async () => {
    const gone = 'neo4j:4:00000000-0000-0000-0000-000000000000:999999';
    const r = await app.inject({ method: 'POST', url: '/api/graph', payload: { ids: [key.given, key.rtm, gone] } });
    expect(r.statusCode, r.body).toBe(200);
    const page = r.json() as GraphPage;
    expect(page.nodes.map((n) => n.name).sort()).toEqual(['Ever Given', 'Rotterdam']);
    expect(page.missing).toEqual([gone]);
    expect(page.bundles.map((b) => [b.type, b.count])).toEqual([['CALLED_AT', 2]]);
    const focus = await app.inject({
      method: 'POST',
      url: '/api/graph',
      payload: { ids: [key.given, key.rtm, key.ace], focus: [key.ace] },
    });
    expect((focus.json() as GraphPage).bundles.map((b) => [b.source, b.type, b.target])).toEqual([
      [key.ace, 'CALLED_AT', key.rtm],
    ]);
  });

  it('lists only labels and types that have nodes and relationships (deleted ones stay tokens)', async () => {
    // A label with an index stays listed by db.labels() inside a query once its nodes are gone (as the story's
    // Entity and Article do after a wipe).
    for (const text of [
      'CREATE INDEX gone_label IF NOT EXISTS FOR (n:GoneLabel) ON (n.x)',
      'CREATE (a:GoneLabel {x: 1})-[:GONE_TYPE]->(b:GoneLabel) DETACH DELETE a, b',
    ]) {
      const r = await db.run({ mode: 'WRITE', text });
      if (!r.ok) throw new Error(r.error.message);
    }
    onTestFinished(async () => void (await db.run({ mode: 'WRITE', text: 'DROP INDEX gone_label IF EXISTS' })));
    const schema = (await get('/api/schema')) as { labels: { label: string }[]; relationshipTypes: { type: string }[] };
    expect(schema.labels.map((l) => l.label)).toEqual([...FOREIGN_GRAPH.labels]);
    expect(schema.relationshipTypes.map((t) => t.type)).toEqual([...FOREIGN_GRAPH.relationshipTypes]);
    const p = (await get('/api/perspective')) as { perspective: { categories: { label: string }[] } };
    expect(p.perspective.categories.map((c) => c.label).sort()).toEqual([...FOREIGN_GRAPH.labels]);
  });

  it('answers 400 for a key that is not one and 404 for a node that is gone', async () => {
    await get('/api/expand/Ever%20Given', 400);
    await get(`/api/entities/${encodeURIComponent('neo4j:4:00000000-0000-0000-0000-000000000000:999999')}`, 404);
  });

  it('wrote nothing into the database', async () => {
    expect(await graphCounts(db)).toEqual({ nodes: FOREIGN_GRAPH.nodes, relationships: FOREIGN_GRAPH.relationships });
  });
});
