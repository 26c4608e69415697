// runIngest writes only into a database this app filled (or one that is empty), unless asked to
// (intoForeign): against the real Neo4j, with the shipping registry of lib/testing/foreign-graph.ts.
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { cypher } from '../lib/neo4j/cypher.ts';
import { ENTITY_TYPE_IDS } from '../lib/model/domain.ts';
import { testDb, wipe } from '../lib/testing/db.ts';
import { FOREIGN_GRAPH, graphCounts, writeForeignGraph } from '../lib/testing/foreign-graph.ts';
import { FOREIGN_DATABASE, readInputs, runIngest } from './index.ts';
import { readOwnership } from './ownership-check.ts';
import type { Ownership } from './ownership.ts';
import * as state from './testing/graph-state.ts';
import { schemaNames, subgraphLabelled, wholeGraph } from './testing/whole-graph.ts';
import { WAITING_MESSAGE } from './write/lock.ts';
import { ensureSchema } from './write/schema.ts';

const DATA = path.join(ROOT_DIR, 'data');
const files = readInputs([DATA]);
let db: Db;

async function ownership(): Promise<Ownership> {
  const r = await readOwnership(db);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function write(text: string): Promise<void> {
  const r = await db.run({ text, mode: 'WRITE' });
  if (!r.ok) throw new Error(r.error.message);
}

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** Every operator of the ownership query's plan, with what it works on ("Count", "n:ExplorerMeta", …). */
async function ownershipPlan(): Promise<string[]> {
  const params = { typeLabels: ENTITY_TYPE_IDS, maxLabels: 5 };
  const r = await db.run({ text: `EXPLAIN ${cypher('db-ownership')}`, params });
  if (!r.ok) throw new Error(r.error.message);
  const flat = (p: PlanStep): string[] => [
    `${p.operatorType.replace(/@.*/, '')} ${String(p.arguments.Details ?? '')}`,
    ...p.children.flatMap(flat),
  ];
  return flat(r.value.summary.plan as unknown as PlanStep);
}

/** The graph and schema, to show that a refused ingest left them exactly as they were. */
async function everything() {
  return { graph: await wholeGraph(db), counts: await graphCounts(db), schema: await schemaNames(db) };
}

beforeAll(() => {
  db = testDb();
});
beforeEach(async () => {
  // Data and schema: a refused ingest must not create its constraints and indexes either.
  await state.emptyStore(db);
});
afterAll(async () => {
  // Other test files find the app's schema in place, as they would after any ingest.
  await ensureSchema(db);
  await db.close();
});

describe('the ownership check', () => {
  it('tells empty, foreign and ours apart', async () => {
    expect(await ownership()).toMatchObject({ kind: 'empty', nodes: 0 });
    await writeForeignGraph(db);
    expect(await ownership()).toMatchObject({
      kind: 'foreign',
      nodes: FOREIGN_GRAPH.nodes,
      foreignNodes: FOREIGN_GRAPH.nodes,
      labels: [...FOREIGN_GRAPH.labels],
    });
    await wipe(db);
    expect(await ownership()).toMatchObject({ kind: 'empty', labels: [] });
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    expect(await ownership()).toMatchObject({ kind: 'ours', entities: files.entities.length, foreignNodes: 0 });
  });

  it("the app's labels without the ingest marker are foreign", async () => {
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    await write("MATCH (m:ExplorerMeta {key: 'ingest'}) DELETE m");
    const o = await ownership();
    expect(o).toMatchObject({ kind: 'foreign', foreignNodes: 0, unmarkedAppNodes: o.nodes });
    expect(o.unmarkedLabels).toEqual(expect.arrayContaining(['Article', 'Entity']));
  });
});

describe('the ownership query is bounded', () => {
  const scans = (plan: string[]) => plan.filter((op) => /Scan|Expand/.test(op));

  it('reads counts from the count store and seeks the marker: no scan of nodes', async () => {
    expect((await ensureSchema(db)).ok).toBe(true);
    const plan = await ownershipPlan();
    expect(plan.filter((op) => op.startsWith('NodeCountFromCountStore'))).toHaveLength(8);
    expect(plan.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(scans(plan)).toEqual([]);
  });

  it("without the app's schema it scans the ExplorerMeta label alone", async () => {
    const plan = scans(await ownershipPlan());
    expect(plan.length).toBeGreaterThan(0);
    for (const op of plan) expect(op).toMatch(/^NodeByLabelScan .*:ExplorerMeta$/);
  });
});

describe('runIngest on a database this app did not fill', () => {
  it('refuses and writes nothing: no node, no marker, no constraint or index', async () => {
    await writeForeignGraph(db);
    const before = await everything();
    const report = await runIngest(db, { paths: [DATA], prune: true });
    expect(report).toMatchObject({ ok: false, error: { code: FOREIGN_DATABASE }, ownership: { kind: 'foreign' } });
    if (report.ok || !('error' in report)) return;
    expect(report.error.message).toBe(
      'the database holds 9 nodes this app did not write (labels Company, Port, Shipowner, Vessel)',
    );
    expect(await everything()).toEqual(before);
    expect(before.counts).toEqual({ nodes: FOREIGN_GRAPH.nodes, relationships: FOREIGN_GRAPH.relationships });
    expect((await state.counts(db)).meta).toBe(0);
  });

  it("refuses the app's labels without its marker, and changes none of them", async () => {
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    await write("MATCH (m:ExplorerMeta {key: 'ingest'}) DELETE m");
    await write("MATCH (e:Entity {id: 'kursk'}) SET e.name = 'not from data/'");
    const before = await everything();
    const report = await runIngest(db, { paths: [DATA], prune: true });
    expect(report).toMatchObject({ ok: false, error: { code: FOREIGN_DATABASE } });
    expect(await everything()).toEqual(before);
  });

  it('with intoForeign writes data/ next to the graph and leaves that graph as it was', async () => {
    await writeForeignGraph(db);
    const foreign = subgraphLabelled(await wholeGraph(db), FOREIGN_GRAPH.labels);
    const lines: string[] = [];
    const report = await runIngest(db, { paths: [DATA], prune: true, intoForeign: true, log: (s) => lines.push(s) });
    expect(report).toMatchObject({ ok: true, counts: { entities: { created: files.entities.length } } });
    expect(lines.join('\n')).toMatch(/writing next to a graph this app did not create: the database holds 9 nodes/);
    expect(subgraphLabelled(await wholeGraph(db), FOREIGN_GRAPH.labels)).toEqual(foreign);
    expect(await ownership()).toMatchObject({ kind: 'foreign', foreignNodes: FOREIGN_GRAPH.nodes });

    // Still foreign: without the option the next ingest is refused; with it, it finds nothing to change.
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: false });
    const again = await runIngest(db, { paths: [DATA], prune: true, intoForeign: true });
    expect(again).toMatchObject({ ok: true, counts: { claims: { created: 0, unchanged: files.relations.length } } });
  });

  it('refuses, once it holds the lock, a graph another writer committed while it waited', async () => {
    expect((await ensureSchema(db)).ok).toBe(true);
    const other = db.session({ mode: 'WRITE' });
    const tx = other.beginTransaction();
    await tx.run("MERGE (m:ExplorerMeta {key: 'ingest'}) SET m.ingestStartedAt = datetime()");
    const lines: string[] = [];
    const pending = runIngest(db, { paths: [DATA], prune: true, log: (s) => lines.push(s) });
    await state.until(() => lines.includes(WAITING_MESSAGE), 'the ingest to wait for the lock');
    await tx.run("CREATE (:Vessel {id: 1, vesselName: 'Ever Given'})");
    await tx.commit();
    await other.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: FOREIGN_DATABASE } });
    expect(await graphCounts(db)).toEqual({ nodes: 2, relationships: 0 });
  });
});

describe('runIngest on an empty database and on its own', () => {
  it('ingests into an empty database, and again into the one it filled', async () => {
    const first = await runIngest(db, { paths: [DATA], prune: true });
    expect(first).toMatchObject({ ok: true, counts: { entities: { created: files.entities.length } } });
    const again = await runIngest(db, { paths: [DATA], prune: true });
    expect(again).toMatchObject({ ok: true, counts: { entities: { created: 0, unchanged: files.entities.length } } });
  });
});
