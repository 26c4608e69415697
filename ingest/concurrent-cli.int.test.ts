// `npm run ingest` three times at once, as separate processes (the real trigger: `npm start` auto-ingests
// while someone runs ingest by hand). The test holds the ingest lock until all three say they wait, so
// they really contend for it, then lets them go.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb } from '../lib/testing/db.ts';
import { readInputs, runIngest } from './index.ts';
import { WAITING_MESSAGE } from './write/lock.ts';
import { ensureSchema } from './write/schema.ts';
import * as state from './testing/graph-state.ts';

const DATA = path.join(ROOT_DIR, 'data');
const files = readInputs([DATA]);
let db: Db;

interface Run {
  stdout: string;
  stderr: string;
  exit: Promise<number | null>;
}

function cli(args: string[]): Run {
  const { uri, user, password } = testConfig().neo4j;
  const child = spawn('npx', ['tsx', 'ingest/cli.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
  });
  const run: Run = { stdout: '', stderr: '', exit: new Promise((done) => child.on('close', done)) };
  child.stdout.on('data', (b: Buffer) => (run.stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (run.stderr += b.toString()));
  return run;
}

/** The claims row of the CLI summary (formatCounts). */
function claimCounts(stdout: string) {
  const m = /^claims\s+created\s+(\d+)\s+updated\s+(\d+)\s+unchanged\s+(\d+)\s+deleted\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`no claims summary in:\n${stdout}`);
  const [created, updated, unchanged, deleted] = m.slice(1).map(Number);
  return { created, updated, unchanged, deleted };
}

beforeAll(async () => {
  db = testDb();
});
afterAll(async () => db.close());

describe('ingest CLI processes at once', () => {
  it('three wait for each other and leave each claim once; one reports creating them', async () => {
    await state.emptyStore(db);
    expect(await runIngest(db, { paths: [DATA], prune: true })).toMatchObject({ ok: true });
    const expected = await state.snapshot(db);
    await state.emptyStore(db);
    // Schema first: creating a constraint on ExplorerMeta would wait for the lock the test holds.
    expect((await ensureSchema(db)).ok).toBe(true);

    const lock = await state.holdIngestLock(db);
    const runs = [1, 2, 3].map(() => cli([DATA, '--prune']));
    try {
      await state.until(() => runs.every((r) => r.stderr.includes(WAITING_MESSAGE)), 'all three to wait', 120_000);
    } finally {
      await lock.release();
    }
    const codes = await Promise.all(runs.map((r) => r.exit));

    expect(codes, runs.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0]);
    expect(await state.duplicateClaimIds(db)).toEqual([]);
    expect(await state.counts(db)).toMatchObject({
      entities: files.entities.length,
      articles: files.articles.length,
      claims: files.relations.length,
      meta: 1,
    });
    expect(state.snapshotDiff(await state.snapshot(db), expected)).toEqual({ missing: [], extra: [] });
    const reported = runs.map((r) => claimCounts(r.stdout));
    const n = files.relations.length;
    expect(reported.filter((c) => c.created === n && c.unchanged === 0)).toHaveLength(1);
    expect(reported.filter((c) => c.created === 0 && c.unchanged === n)).toHaveLength(2);
  }, 240_000);
});
