// `npm run ingest` as a user runs it against a graph this app did not create: refused with a reason and the
// ways on, exit status 3, nothing written; --into-foreign (documented in --help) adds data/ next to it.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb } from '../lib/testing/db.ts';
import { FOREIGN_GRAPH, graphCounts, writeForeignGraph } from '../lib/testing/foreign-graph.ts';
import * as state from './testing/graph-state.ts';
import { schemaNames, subgraphLabelled, wholeGraph } from './testing/whole-graph.ts';
import { ensureSchema } from './write/schema.ts';

let db: Db;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  const { uri, user, password } = testConfig().neo4j;
  const child = spawn('npx', ['tsx', 'ingest/cli.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
  });
  const run: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (b: Buffer) => (run.stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (run.stderr += b.toString()));
  return new Promise((done) => child.on('close', (code) => done({ ...run, code })));
}

beforeAll(async () => {
  db = testDb();
  await state.emptyStore(db);
  await writeForeignGraph(db);
});
afterAll(async () => {
  await ensureSchema(db);
  await db.close();
});

describe('npm run ingest on a foreign database', () => {
  it('--help documents --into-foreign', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--into-foreign\s+write into a database this app did not fill/);
  });

  it('refuses with why and how to go on, exits 3, and writes nothing', async () => {
    const before = { graph: await wholeGraph(db), schema: await schemaNames(db) };
    const run = await cli([]);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain(
      'ingest refused: the database holds 9 nodes this app did not write (labels Company, Port, Shipowner, Vessel). Nothing was written.',
    );
    expect(run.stderr).toMatch(/point NEO4J_URI \(now bolt:\/\/[^)]+\) at one/);
    expect(run.stderr).toContain('npm run ingest -- --into-foreign');
    expect({ graph: await wholeGraph(db), schema: await schemaNames(db) }).toEqual(before);
  });

  it('with --into-foreign ingests data/ next to the graph, which stays as it was', async () => {
    const foreign = subgraphLabelled(await wholeGraph(db), FOREIGN_GRAPH.labels);
    const run = await cli(['--into-foreign']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^entities\s+created\s+[1-9]/m);
    expect(subgraphLabelled(await wholeGraph(db), FOREIGN_GRAPH.labels)).toEqual(foreign);
    expect((await graphCounts(db)).nodes).toBeGreaterThan(FOREIGN_GRAPH.nodes);
  });
});
