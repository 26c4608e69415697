// Search on any graph (issue 9 item 2) against the real Neo4j: the foreign fixture with no index at all (a capped,
// partial scan), with a RANGE index (an indexed prefix seek), after the opt-in npm run search-index (full text);
// the story through entity_search; the scan cap; and never a 503 for a missing index. The file drops every index
// and constraint to start from a bare schema, and puts the others' back at the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../lib/neo4j/client.ts';
import type { SearchPage } from '../../lib/model/wire.ts';
import { testConfig, testDb, wipe } from '../../lib/testing/db.ts';
import { foreignKey, graphCounts, writeForeignGraph } from '../../lib/testing/foreign-graph.ts';
import { runIngest } from '../../ingest/index.ts';
import { runSearchIndex, SEARCH_INDEX_NAME } from '../../scripts/search-index.ts';
import { buildServer } from '../app.ts';
import { lookupText } from './indexed.ts';
import { loadPlan } from './searcher.ts';

let db: Db;
let saved: string[] = [];
const apps: FastifyInstance[] = [];

async function run(text: string, params: Record<string, unknown> = {}) {
  const r = await db.run({ mode: 'WRITE', text, params });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records.map((rec) => rec.toObject());
}

/** Drops every constraint and index but the two LOOKUP ones; returns what recreates them. */
async function dropSchema(): Promise<string[]> {
  const constraints = await run('SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement');
  for (const c of constraints) await run('DROP CONSTRAINT $name', { name: c.name });
  const indexes = await run(
    "SHOW INDEXES YIELD name, type, createStatement WHERE type <> 'LOOKUP' RETURN name, createStatement",
  );
  for (const i of indexes) await run('DROP INDEX $name', { name: i.name });
  return [...constraints, ...indexes].map((x) => String(x.createStatement));
}

const indexNames = async () => (await run('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name);

/** A new server reads the schema on its first search (the plan is cached for a few seconds after). */
async function freshApp(): Promise<FastifyInstance> {
  const app = await buildServer({ config: testConfig(), db });
  apps.push(app);
  return app;
}

async function search(app: FastifyInstance, q: string, extra = '') {
  const r = await app.inject({ url: `/api/search?q=${encodeURIComponent(q)}${extra}` });
  return { status: r.statusCode, page: r.json() as SearchPage };
}

const names = (page: SearchPage) => page.results.map((r) => r.name);

/** The fixture plus the app's own bookkeeping, captioned to match: it must never be found. */
async function foreignGraphWithBookkeeping(): Promise<void> {
  await wipe(db);
  await writeForeignGraph(db);
  await run("CREATE (:ExplorerMeta {key: 'search-test', name: 'Ever internal'}), (:ExplorerHub {name: 'Ever hub'})");
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  saved = await dropSchema();
});

afterAll(async () => {
  for (const app of apps) await app.close();
  if (db) {
    await dropSchema();
    await wipe(db);
    for (const statement of saved) await run(statement).catch(() => undefined);
    await db.close();
  }
});

describe('a database with no index at all', () => {
  it('answers an empty database with an empty scan, not a 503', async () => {
    const app = await freshApp();
    const { status, page } = await search(app, 'anything');
    expect(status).toBe(200);
    expect(page).toEqual({ results: [], method: 'scan', partial: true, scanned: 0 });
  });

  it('finds the Ever Given and the Ever Ace by a scan that says it is partial', async () => {
    await foreignGraphWithBookkeeping();
    expect(await indexNames()).toHaveLength(2); // the two LOOKUP indexes only
    const app = await freshApp();
    const { status, page } = await search(app, 'ever');
    expect(status).toBe(200);
    expect(page).toMatchObject({ method: 'scan', partial: true, scanned: 11 });
    expect(names(page).sort()).toEqual(['Ever Ace', 'Ever Given', 'Evergreen Marine']);
    const given = page.results.find((r) => r.name === 'Ever Given')!;
    expect(given).toMatchObject({ id: await foreignKey(db, 1), type: 'Vessel', labels: ['Vessel'], score: 2 });
    expect(given.properties).toMatchObject({ vesselName: 'Ever Given', imo: 9811000 });
    expect(page.results.find((r) => r.name === 'Ever Ace')!.id).toBe(await foreignKey(db, 2));
  });

  it('matches any caption-like property inside words, ignoring case, and honours the limit', async () => {
    const app = await freshApp();
    expect(names((await search(app, 'MOLLER')).page)).toEqual(['A.P. Moller-Maersk']);
    expect(names((await search(app, 'given')).page)).toEqual(['Ever Given']);
    expect(names((await search(app, 'rotterdam')).page)).toEqual(['Rotterdam']);
    expect((await search(app, 'ever', '&limit=1')).page.results).toHaveLength(1);
    expect((await search(app, 'internal')).page.results).toEqual([]);
    expect((await search(app, 'hub')).page.results).toEqual([]);
  });
});

describe('a RANGE index on :Vessel(vesselName)', () => {
  it('answers by an indexed prefix seek, case-insensitively through spelling variants', async () => {
    await run('CREATE INDEX search_test_vessel FOR (n:Vessel) ON (n.vesselName)');
    await run('CALL db.awaitIndexes(60)');
    const app = await freshApp();
    const ever = await search(app, 'ever');
    expect(ever.page).toMatchObject({ method: 'indexed', partial: false });
    expect(ever.page.scanned).toBeUndefined();
    // Evergreen Marine is a Company: not in the index, and the scan does not run when the index found something.
    expect(ever.page.results.map((r) => [r.name, r.score])).toEqual([
      ['Ever Ace', 2],
      ['Ever Given', 2],
    ]);
    expect(names((await search(app, 'EVER GIVEN')).page)).toEqual(['Ever Given']);
    expect((await search(app, 'ever given')).page.results[0]).toMatchObject({ name: 'Ever Given', score: 3 });
  });

  it('seeks the index: the plan of the lookup is an index seek, where a dynamic label would scan every node', async () => {
    const params = { variants: ['Ever'], text: 'Ever', limit: 5 };
    const plan = await db.run({ text: `EXPLAIN ${lookupText({ label: 'Vessel', property: 'vesselName' })}`, params });
    const operators = JSON.stringify(plan.ok && plan.value.summary.plan);
    expect(operators).toContain('NodeIndexSeekByRange');
    expect(operators).not.toMatch(/AllNodesScan|NodeByLabelScan/);
    const dynamic = await db.run({
      text: 'EXPLAIN MATCH (n:$($label)) WHERE n[$property] STARTS WITH $text RETURN n LIMIT 5',
      params: { label: 'Vessel', property: 'vesselName', text: 'Ever' },
    });
    expect(JSON.stringify(dynamic.ok && dynamic.value.summary.plan)).toContain('AllNodesScan');
  });

  it('falls back to the scan for what the index does not cover when it finds nothing', async () => {
    const app = await freshApp();
    const { page } = await search(app, 'rotterdam');
    expect(page).toMatchObject({ method: 'scan', partial: true });
    expect(names(page)).toEqual(['Rotterdam']);
  });
});

describe('npm run search-index', () => {
  it('only proposes the index without --yes, and writes nothing', async () => {
    const before = await graphCounts(db);
    const lines: string[] = [];
    const out = await runSearchIndex(db, { yes: false }, (l) => lines.push(l));
    expect(out).toMatchObject({ exitCode: 0, created: false });
    expect(out.statement).toContain('FOR (n:`Company`|`Port`|`Shipowner`|`Vessel`)');
    expect(lines.join('\n')).toMatch(/--yes/);
    expect(await indexNames()).not.toContain(SEARCH_INDEX_NAME);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('with --yes creates explorer_search, which search then answers from with full-text scores', async () => {
    const before = await graphCounts(db);
    const out = await runSearchIndex(db, { yes: true }, () => undefined);
    expect(out).toMatchObject({ exitCode: 0, created: true });
    expect(await indexNames()).toContain(SEARCH_INDEX_NAME);
    expect(await graphCounts(db)).toEqual(before);
    const app = await freshApp();
    const fuzzy = await search(app, 'evr givn');
    expect(fuzzy.page).toMatchObject({ method: 'fulltext', partial: false });
    expect(fuzzy.page.results[0]).toMatchObject({ id: await foreignKey(db, 1), name: 'Ever Given' });
    expect(fuzzy.page.results[0]!.score).toBeGreaterThan(0);
    expect(Number.isInteger(fuzzy.page.results[0]!.score)).toBe(false);
    expect(names((await search(app, 'rotterdam')).page)).toEqual(['Rotterdam']);
    // Every label is covered now: a miss is a complete answer, no scan.
    expect((await search(app, 'zzqxj')).page).toEqual({ results: [], method: 'fulltext', partial: false });
    expect((await runSearchIndex(db, { yes: true }, () => undefined)).created).toBe(false);
  });

  it('keeps answering when an index vanishes under a cached plan', async () => {
    const app = await freshApp();
    expect((await search(app, 'ever')).page.method).toBe('fulltext');
    await run('DROP INDEX $name', { name: SEARCH_INDEX_NAME });
    const gone = await search(app, 'ever');
    expect(gone.status).toBe(200);
    // The plan is read again: the RANGE index answers.
    expect((await search(app, 'ever')).page).toMatchObject({ method: 'indexed', partial: false });
  });
});

describe('the story', () => {
  it('still searches through entity_search, complete and scored', async () => {
    await run('DROP INDEX search_test_vessel');
    await wipe(db);
    const report = await runIngest(db, { paths: [testConfig().dataDir] });
    expect(report.ok).toBe(true);
    expect((await loadPlan(db)).fulltext.map((i) => i.name)).toEqual(['entity_search']);
    const app = await freshApp();
    const { status, page } = await search(app, 'Koersk');
    expect(status).toBe(200);
    expect(page).toMatchObject({ method: 'fulltext', partial: false });
    expect(page.results[0]).toMatchObject({ id: 'kursk', name: 'Kursk', score: expect.any(Number) });
    expect(page.results.every((r) => !r.id.startsWith('neo4j:'))).toBe(true);
  });
});

describe('the scan cap', () => {
  it('examines at most SEARCH_SCAN_CAP nodes and says the answer is partial', async () => {
    await wipe(db);
    await run("UNWIND range(1, 300) AS i CREATE (:Buoy {buoyName: 'Buoy ' + i})");
    await writeForeignGraph(db);
    process.env.SEARCH_SCAN_CAP = '30';
    const app = await freshApp().finally(() => delete process.env.SEARCH_SCAN_CAP);
    const { status, page } = await search(app, 'buoy', '&limit=50');
    expect(status).toBe(200);
    expect(page).toMatchObject({ method: 'scan', partial: true, scanned: 30 });
    // 300 buoys match; only those among the 30 nodes examined can be in the answer.
    expect(page.results.length).toBeGreaterThan(0);
    expect(page.results.length).toBeLessThanOrEqual(30);
  });

  it('stops the node scan itself at the cap (PROFILE of cypher/search-scan.cypher)', async () => {
    const { cypher } = await import('../../lib/neo4j/cypher.ts');
    const neo4j = (await import('neo4j-driver')).default;
    const params = { cap: neo4j.int(30), keys: ['buoyName'], covered: [], needle: 'buoy', limit: neo4j.int(50) };
    const r = await db.run({ text: `PROFILE ${cypher('search-scan')}`, params });
    if (!r.ok) throw new Error(r.error.message);
    type Op = { operatorType: string; rows: number; children: Op[] };
    const ops: Op[] = [];
    const walk = (op: Op) => (ops.push(op), op.children.forEach(walk));
    walk(r.value.summary.profile as unknown as Op);
    const scan = ops.find((o) => o.operatorType.startsWith('AllNodesScan'))!;
    expect(scan.rows).toBeLessThanOrEqual(30);
    expect(Number(r.value.records[0]!.get('scanned'))).toBe(30);
  });
});
