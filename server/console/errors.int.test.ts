// Console failures say what happened, with a status to match: worker heap ceiling → 422 ResultTooLarge, timeout →
// 504, unknown database → 404 (or 503 naming NEO4J_DATABASE when it is the configured one), full queue → 503
// ConsoleBusy, and cancel still terminates a queued or running query.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { createDb, type Db } from '../../lib/neo4j/client.ts';
import { testConfig, testDb } from '../../lib/testing/db.ts';
import { buildServer } from '../app.ts';
import { registerCypherRoutes } from '../routes/cypher.ts';
import { schema } from '../routes/schema.ts';
import { consoleTransactions, untilRunning } from './testing.ts';

const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 123 RETURN count(*) AS c';
const WORKER_MB = 48;

let db: Db;
let config: Config;
let app: FastifyInstance;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  db = testDb();
  const base = testConfig();
  config = { ...base, console: { ...base.console, timeoutMs: 20_000, workers: 1, queue: 1, workerMb: WORKER_MB } };
  app = Fastify();
  await registerCypherRoutes(app, { db, config });
  await app.ready();
});

afterAll(async () => {
  for (const f of cleanup.reverse()) await f().catch(() => undefined);
  await app?.close();
  await db?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(query: string, extra: Record<string, unknown> = {}, on = app) {
  const res = await on.inject({ method: 'POST', url: '/api/cypher', payload: { query, ...extra } });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

describe('results too large for a console worker', () => {
  it('a record over the worker heap ceiling ends as 422 ResultTooLarge long before the timeout', async () => {
    const t0 = Date.now();
    const { status, body } = await run('RETURN range(1, 2000000) AS r');
    expect(status).toBe(422);
    expect(body.error.code).toBe('ResultTooLarge');
    expect(body.error.message).toMatch(new RegExp(`exceeded the console's limits.*more than ${WORKER_MB} MB`));
    expect(body.error.message).toMatch(/LIMIT/);
    expect(Date.now() - t0).toBeLessThan(config.console.timeoutMs / 2);
    // The worker that died is replaced.
    const after = await run('RETURN 1 AS one');
    expect(after.status).toBe(200);
    expect(after.body.rows).toEqual([{ one: 1 }]);
  });
});

describe('status codes', () => {
  it('a timeout is 504 with the timeout in the message', async () => {
    const { status, body } = await run(SLOW, { timeoutMs: 1_000 });
    expect(status).toBe(504);
    expect(body.error.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    expect(body.error.message).toMatch(/timed out after 1 s/);
  });

  it('USE of an unknown database is 404 DatabaseNotFound naming it', async () => {
    const { status, body } = await run('USE nosuchdb MATCH (n) RETURN n');
    expect(status).toBe(404);
    expect(body.error.code).toBe('DatabaseNotFound');
    expect(body.error.message).toMatch(/"nosuchdb" does not exist/);
    expect(body.error.message).not.toMatch(/not reachable|Start Neo4j/);
  });

  it('a missing configured database is a 503 naming NEO4J_DATABASE, in the console and the rest of the API', async () => {
    const base = testConfig();
    const cfg = { ...base, neo4j: { ...base.neo4j, database: 'explorer-missing' } };
    const missing = createDb(cfg.neo4j);
    const server = await buildServer({ config: cfg, db: missing, routes: [schema] });
    await registerCypherRoutes(server, { db: missing, config: cfg });
    cleanup.push(
      () => missing.close(),
      () => server.close(),
    );
    const expected = 'database "explorer-missing" does not exist: check NEO4J_DATABASE.';
    const s = await server.inject({ url: '/api/schema' });
    expect(s.statusCode).toBe(503);
    expect(s.json().error).toEqual({ code: 'DatabaseNotFound', message: expected });
    const c = await run('MATCH (n) RETURN n LIMIT 1', {}, server);
    expect(c.status).toBe(503);
    expect(c.body.error).toEqual({ code: 'DatabaseNotFound', message: expected });
  });
});

describe('the queue is bounded', () => {
  it('answers 503 ConsoleBusy with Retry-After when the worker and the queue are taken; cancel ends both', async () => {
    const running = run(SLOW, { queryId: 'busy-running' });
    await untilRunning(db, 'busy-running');
    const queued = run(SLOW, { queryId: 'busy-queued' });
    await sleep(300);
    const t0 = Date.now();
    const refused = await run('RETURN 1 AS one');
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('ConsoleBusy');
    expect(refused.body.error.message).toMatch(/busy/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    for (const queryId of ['busy-queued', 'busy-running']) {
      const c = await app.inject({ method: 'POST', url: '/api/cypher/cancel', payload: { queryId } });
      expect(c.json().cancelled).toBe(true);
    }
    for (const r of await Promise.all([queued, running])) {
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('Cancelled');
    }
    expect(await consoleTransactions(db, 'busy-running')).toBe(0);
    expect(await consoleTransactions(db, 'busy-queued')).toBe(0);
    expect((await run('RETURN 1 AS one')).status).toBe(200);
  });
});
