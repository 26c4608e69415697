// The console pool's lifecycle: reused workers, no worker keeping a process alive, nothing after close.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../lib/config.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { testConfig, testDb } from '../../lib/testing/db.ts';
import { ConsolePool } from './pool.ts';
import type { ConsoleJob } from './worker-protocol.ts';

let db: Db;
let dir: string;

beforeAll(async () => {
  db = testDb();
  dir = await mkdtemp(path.join(tmpdir(), 'console-pool-'));
});

afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const job = (queryId: string, query: string): ConsoleJob => ({
  queryId,
  query,
  params: {},
  timeoutMs: 5_000,
  maxRows: 10,
  maxNodes: 10,
});

const pool = (workers = 1) => new ConsolePool({ neo4j: testConfig().neo4j, workers, queue: 1, workerMb: 128, db });

describe('console pool', () => {
  it('runs queries with JSON parameters in a reused worker and refuses work after close', async () => {
    const p = pool(2);
    const a = await p.run({ ...job('p1', 'RETURN $n + 1 AS n, valueType($n) AS t'), params: { n: 41 } });
    expect(a.ok && a.value.rows).toEqual([{ n: 42, t: 'INTEGER NOT NULL' }]);
    const b = await p.run(job('p2', 'RETURN 2 AS two'));
    expect(b.ok && b.value.rows).toEqual([{ two: 2 }]);
    // Room for two, but one after the other the first worker is reused.
    expect(p.size).toBe(1);
    await p.close();
    expect(p.size).toBe(0);
    const c = await p.run(job('p3', 'RETURN 3 AS three'));
    expect(!c.ok && c.error.code).toBe('ConsoleClosed');
  });

  it('an idle worker does not keep the process alive', { timeout: 60_000 }, async () => {
    const script = path.join(dir, 'idle-pool.mts');
    const lib = (p: string) => JSON.stringify(path.join(ROOT_DIR, p));
    await writeFile(
      script,
      [
        `import { ConsolePool } from ${lib('server/console/pool.ts')};`,
        `import { createDb } from ${lib('lib/neo4j/client.ts')};`,
        `const neo4j = JSON.parse(process.env.POOL_NEO4J!);`,
        'const db = createDb(neo4j);',
        'const pool = new ConsolePool({ neo4j, workers: 1, queue: 0, workerMb: 128, db });',
        "const r = await pool.run({ queryId: 'idle', query: 'RETURN 1 AS one', params: {}, timeoutMs: 5000, maxRows: 1, maxNodes: 1 });",
        "console.log(r.ok ? 'ran' : r.error.message);",
        // The pool is deliberately not closed: its idle worker must not hold the process open.
        'await db.close();',
      ].join('\n'),
    );
    const child = spawn(path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx'), [script], {
      env: { ...process.env, POOL_NEO4J: JSON.stringify(testConfig().neo4j) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = await new Promise<number | 'hung'>((resolve) => {
      const hung = setTimeout(() => {
        child.kill('SIGKILL');
        resolve('hung');
      }, 30_000);
      child.on('exit', (code) => {
        clearTimeout(hung);
        resolve(code ?? -1);
      });
    });
    expect(out.trim()).toBe('ran');
    expect(exited).toBe(0);
  });
});
