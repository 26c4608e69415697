// GET /api/claims?withFigures=1 (the figure table): exactly the curated claims that carry figures, with their
// claimants, for a bundle and for an entity, compared with a direct Cypher query on the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../lib/config.ts';
import { resultGraph } from '../lib/neo4j/result-graph.ts';
import type { Plain } from '../lib/neo4j/values.ts';
import type { Claim, ClaimsPage } from '../lib/model/wire.ts';
import { figureTable } from '../web/src/figures/model.ts';
import { figureTableDocument } from '../web/src/figures/chart.ts';
import { approxMeasure } from '../web/src/export/testFixtures.ts';

let db: Db;
let app: FastifyInstance;

const TROOPS = 'north-korea|SENDS_TROOPS_TO|russia';

async function page(query: string): Promise<{ status: number; body: ClaimsPage }> {
  const r = await app.inject({ method: 'GET', url: `/api/claims?${query}` });
  return { status: r.statusCode, body: r.json() };
}

/** Every page of a claims query. */
async function all(query: string): Promise<{ claims: Claim[]; total: number }> {
  const claims: Claim[] = [];
  for (let skip = 0; ;) {
    const { body } = await page(`${query}&skip=${skip}&limit=100`);
    claims.push(...body.claims);
    skip += body.claims.length;
    if (skip >= body.total || body.claims.length === 0) return { claims, total: body.total };
  }
}

/** Ground truth: [claim id, claimant name] of the relationships the Cypher matches, sorted by id. */
async function direct(text: string, params: Record<string, unknown>): Promise<[string, string | null][]> {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records
    .map((x) => [String(x.get('id')), (x.get('claimant') as string | null) ?? null] as [string, string | null])
    .sort(([a], [b]) => a.localeCompare(b));
}

const rows = (claims: Claim[]) =>
  claims.map((c) => [c.id, c.claimant?.name ?? null] as [string, string | null]).sort(([a], [b]) => a.localeCompare(b));

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const report = await runIngest(db, { paths: [testConfig().dataDir] });
  if (!report.ok) throw new Error(`ingest failed: ${JSON.stringify(report).slice(0, 2000)}`);
  app = await buildServer({ config: testConfig(), db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('GET /api/claims?withFigures=1', () => {
  it('lists exactly the claims of a bundle that carry figures, with their claimants', async () => {
    const expected = await direct(
      `MATCH (:Entity {id: 'north-korea'})-[r:SENDS_TROOPS_TO]->(:Entity {id: 'russia'})
       WHERE size(coalesce(r.figureKeys, [])) > 0 RETURN r.id AS id, r.claimantName AS claimant`,
      {},
    );
    const got = await all(`bundle=${encodeURIComponent(TROOPS)}&withFigures=1`);
    const every = await all(`bundle=${encodeURIComponent(TROOPS)}`);
    expect(expected.length).toBeGreaterThanOrEqual(4); // 1,500 (NIS), 3,000, 10,000 (DoD), 11,000 (SK intel)
    expect(every.total).toBeGreaterThan(expected.length); // the filter leaves claims out
    expect(got.total).toBe(expected.length);
    expect(rows(got.claims)).toEqual(expected);
    for (const c of got.claims) {
      expect(Object.keys(c.figures).length).toBeGreaterThan(0);
      expect(c.article?.id).toBeTruthy();
      expect(c.quote).toBeTruthy();
    }
    expect(new Set(got.claims.map((c) => c.figures.troops))).toEqual(new Set([1500, 3000, 10000, 11000]));
  });

  it('lists exactly the claims touching an entity that carry figures', async () => {
    const expected = await direct(
      `MATCH (e:Entity {id: $id})-[r]-() WHERE type(r) <> 'MENTIONS' AND size(coalesce(r.figureKeys, [])) > 0
       RETURN DISTINCT r.id AS id, r.claimantName AS claimant`,
      { id: 'north-korea' },
    );
    const got = await all('entity=north-korea&withFigures=1');
    expect(got.total).toBe(expected.length);
    expect(rows(got.claims)).toEqual(expected);
  });

  it('combines with the claim filters and pages', async () => {
    const expected = await direct(
      `MATCH (:Entity {id: 'north-korea'})-[r:SENDS_TROOPS_TO]->(:Entity {id: 'russia'})
       WHERE size(coalesce(r.figureKeys, [])) > 0 AND r.status <> 'estimated' RETURN r.id AS id, r.claimantName AS claimant`,
      {},
    );
    const got = await all(`bundle=${encodeURIComponent(TROOPS)}&withFigures=1&hideStatuses=estimated`);
    expect(rows(got.claims)).toEqual(expected);
    const first = await page(`bundle=${encodeURIComponent(TROOPS)}&withFigures=1&limit=2`);
    expect(first.body.claims).toHaveLength(2);
    expect(first.body.total).toBeGreaterThan(2);
  });

  it('refuses a withFigures that is not 0 or 1', async () => {
    expect((await page(`bundle=${encodeURIComponent(TROOPS)}&withFigures=yes`)).status).toBe(400);
  });

  it('the saved report "conflicting-figures", decoded as Claim[], is a figure table of exactly its claims', async () => {
    const query = readFileSync(path.join(ROOT_DIR, 'cypher/queries/conflicting-figures.cypher'), 'utf8');
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params: {} } });
    expect(res.statusCode).toBe(200);
    const g = resultGraph((res.json() as { rows: Plain[] }).rows);
    const expected = await direct(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE size(coalesce(r.figureKeys, [])) > 0
       UNWIND r.figureKeys AS key
       WITH a, type(r) AS type, b, key, collect(r) AS rs, collect(DISTINCT r[key]) AS values
       WHERE size(values) > 1
       UNWIND rs AS r
       RETURN DISTINCT r.id AS id, r.claimantName AS claimant`,
      {},
    );
    const m = figureTable(g.claims);
    expect(m.claims.length).toBeGreaterThanOrEqual(4);
    expect(rows(m.claims)).toEqual(expected);
    const doc = figureTableDocument(m, {
      title: 'Conflicting figures',
      origin: { kind: 'query', name: 'conflicting-figures' },
      date: '2026-12-02',
      measure: approxMeasure,
    });
    const text = doc.svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const [, who] of expected) for (const w of (who ?? 'no claimant').split(' ')) expect(text).toContain(w);
  });
});
