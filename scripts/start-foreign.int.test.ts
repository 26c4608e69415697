// `npm start` on a graph this app did not create (NEO4J_URI at the shipping registry of
// lib/testing/foreign-graph.ts) serves it as it is and writes nothing: no ingest, no marker, no schema, and
// the warm-up and API only read. On an empty database it ingests data/, and on its own it leaves it be.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb } from '../lib/testing/db.ts';
import { FOREIGN_GRAPH, graphCounts, writeForeignGraph } from '../lib/testing/foreign-graph.ts';
import * as state from '../ingest/testing/graph-state.ts';
import { schemaNames, wholeGraph } from '../ingest/testing/whole-graph.ts';
import { ensureSchema } from '../ingest/write/schema.ts';
import { ensureDatabase } from './stack.ts';

// A web build newer than web/ so start.ts serves it instead of building (that is e2e's job).
const webDir = mkdtempSync(path.join(os.tmpdir(), 'start-foreign-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>t</title>');
const started: ChildProcess[] = [];
let db: Db;

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(webDir, { recursive: true, force: true });
  await ensureSchema(db);
  await db.close();
});

/** `npm start` under node with NEO4J_URI at the test database; resolves with the app's URL once it is ready. */
function npmStart(): { child: ChildProcess; output: string[]; ready: Promise<string> } {
  const { uri, user, password } = testConfig().neo4j;
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    PORT: '0',
    WEB_DIR: webDir,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT_DIR, env });
  started.push(child);
  const output: string[] = [];
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (b: Buffer) => {
      for (const line of b.toString().split('\n')) {
        output.push(line);
        const m = /Explorer ready: (\S+)/.exec(line);
        if (m) resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output.join('\n')}`)));
  });
  return { child, output, ready };
}

const everything = async () => ({
  graph: await wholeGraph(db),
  counts: await graphCounts(db),
  schema: await schemaNames(db),
});

describe('npm start on a database this app did not fill', { timeout: 300_000 }, () => {
  it('serves it, says why it loads nothing, and writes nothing', async () => {
    await state.emptyStore(db);
    await writeForeignGraph(db);
    const before = await everything();

    const run = npmStart();
    const url = await run.ready;
    expect((await fetch(new URL('api/health', url))).status).toBe(200);
    const exited = new Promise<number | null>((r) => run.child.once('exit', (code) => r(code)));
    run.child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const said = run.output.join('\n');
    expect(said).toMatch(
      /holds a graph this app did not create: 9 nodes this app did not write \(labels Company, Port, Shipowner, Vessel\)\. Exploring it as it is; nothing is written\. To load data\/ next to it: npm run ingest -- --into-foreign/,
    );
    expect(said).not.toMatch(/ingesting/);
    expect(await everything()).toEqual(before);
    expect(before.counts).toEqual({ nodes: FOREIGN_GRAPH.nodes, relationships: FOREIGN_GRAPH.relationships });
  });
});

describe('npm start on an empty database and on its own', { timeout: 300_000 }, () => {
  const external = () => {
    const config = testConfig();
    return { ...config, neo4j: { ...config.neo4j, externalUri: config.neo4j.uri } };
  };

  it('ingests data/ into an empty database, then leaves the one it filled as it is', async () => {
    await state.emptyStore(db);
    const lines: string[] = [];
    const first = await ensureDatabase(external(), (s) => lines.push(s));
    await first.close();
    expect(lines).toContain('database is empty: ingesting data/');
    expect((await state.counts(db)).entities).toBeGreaterThan(0);

    const before = await everything();
    lines.length = 0;
    const again = await ensureDatabase(external(), (s) => lines.push(s));
    await again.close();
    expect(lines.join('\n')).not.toMatch(/ingesting/);
    expect(await everything()).toEqual(before);
  });
});
