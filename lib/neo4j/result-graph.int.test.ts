// Issue 8 item 10 on the real path: the start page's North Korea → Russia edge, then the saved report
// "troop-figures" run in the console and merged into the canvas. No claim may lose its article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ROOT_DIR } from '../config.ts';
import type { Db } from './client.ts';
import { testConfig, testDb, wipe } from '../testing/db.ts';
import { runIngest } from '../../ingest/index.ts';
import { buildServer } from '../../server/app.ts';
import { resultGraph } from './result-graph.ts';
import type { Plain } from './values.ts';
import type { Bundle, SeedResult } from '../model/wire.ts';
import { emptyState, mergeGraph } from '../../web/src/state/graph.ts';

let db: Db;
let app: FastifyInstance;
const EDGE = 'north-korea|SENDS_TROOPS_TO|russia';

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const report = await runIngest(db, { paths: [path.join(ROOT_DIR, 'data')] });
  if (!report.ok) throw new Error(`ingest failed: ${JSON.stringify(report).slice(0, 500)}`);
  app = await buildServer({ config: testConfig(), db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const outletsOf = (b: Bundle) => new Set(b.claims.map((c) => c.article?.outlet).filter(Boolean)).size;

describe('a Cypher result merged into the canvas', () => {
  it('keeps every claim of the start page edge with its article, quote, claimant and date', async () => {
    const seed = (await app.inject({ method: 'GET', url: '/api/seed' })).json() as SeedResult;
    let state = mergeGraph(seed, 'replace')(emptyState());
    const before = state.bundles[EDGE]!;
    // Every curated claim of the edge, as Neo4j counts them (the story's data may grow).
    const r = await db.run({
      mode: 'READ',
      text: "MATCH (:Entity {id: 'north-korea'})-[r:SENDS_TROOPS_TO]->(:Entity {id: 'russia'}) RETURN count(r) AS n",
    });
    if (!r.ok) throw new Error(r.error.message);
    const n = Number(r.value.records[0]!.get('n'));
    expect(n).toBeGreaterThan(1);
    expect(before.count).toBe(n);
    expect(before.outletCount).toBe(3);
    expect(outletsOf(before)).toBe(3);

    const query = readFileSync(path.join(ROOT_DIR, 'cypher/queries/troop-figures.cypher'), 'utf8');
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params: {} } });
    expect(res.statusCode).toBe(200);
    const g = resultGraph((res.json() as { rows: Plain[] }).rows);
    expect(g.bundles.some((b) => b.id === EDGE)).toBe(true);
    state = mergeGraph({ nodes: g.nodes, bundles: g.bundles }, 'merge')(state);

    const after = state.bundles[EDGE]!;
    expect(after.count).toBe(n);
    expect(after.outletCount).toBe(3);
    expect(outletsOf(after)).toBe(3);
    expect(after.claims).toHaveLength(n);
    const evidence = (b: Bundle) =>
      Object.fromEntries(b.claims.map((c) => [c.id, [c.article, c.quote, c.claimant, c.date, c.dateText, c.status]]));
    expect(evidence(after)).toEqual(evidence(before));
    for (const c of after.claims) {
      expect(c.article?.title, c.id).toBeTruthy();
      expect(c.article?.outlet, c.id).toBeTruthy();
      expect(c.quote, c.id).toBeTruthy();
    }
  });
});
