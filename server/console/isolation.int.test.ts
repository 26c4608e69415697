// A console query whose single record is huge (RETURN range(1, 50000000)) must not stall the API: the driver
// decodes it in a console worker, which the pool stops at the deadline or its memory ceiling, and replaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../lib/config.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { testConfig, testDb } from '../../lib/testing/db.ts';
import { buildServer } from '../app.ts';
import { health } from '../routes/health.ts';
import { cypher } from '../routes/cypher.ts';

const PORT = Number(process.env.TEST_CONSOLE_HTTP_PORT ?? 5201);
const TIMEOUT_MS = 4_000;
/** Health may take this long at most, every time it is asked. */
const HEALTH_BOUND_MS = 1_000;
/** The bomb must end within its timeout plus this (the pool checks the worker 1 s after the timeout). */
const END_MARGIN_MS = 3_000;

let db: Db;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  db = testDb();
  const cfg = testConfig();
  const config: Config = {
    ...cfg,
    server: { ...cfg.server, host: '127.0.0.1', port: PORT },
    console: { ...cfg.console, timeoutMs: TIMEOUT_MS, workers: 2, queue: 4, workerMb: 256 },
  };
  app = await buildServer({ config, db, routes: [health, cypher] });
  await app.listen({ host: '127.0.0.1', port: PORT });
  base = `http://127.0.0.1:${PORT}`;
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, body: unknown) {
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}

/**
 * Asks GET /api/health every 200 ms until `work` settles. Each answer's latency counts from when the poll was due,
 * so a stalled event loop (which also delays the poller's own timer) shows up as a late answer.
 */
async function healthDuring<T>(work: Promise<T>): Promise<{ result: T; slowestMs: number; polls: number[] }> {
  let done = false;
  let slowestMs = 0;
  const polls: number[] = [];
  const poller = (async () => {
    while (!done) {
      const due = Date.now() + 200;
      await sleep(200);
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      slowestMs = Math.max(slowestMs, Date.now() - due);
      polls.push(res.status);
    }
  })();
  const result = await work.finally(() => (done = true));
  await poller;
  return { result, slowestMs, polls };
}

describe('a huge record does not stall the API', () => {
  for (const n of [50_000_000, 5_000_000]) {
    it(`RETURN range(1, ${n}): health answers within 1 s throughout, the bomb ends with ResultTooLarge or a timeout`, async () => {
      const t0 = Date.now();
      const bomb = post('/api/cypher', { query: `RETURN range(1, ${n}) AS r` }).then((r) => ({
        ...r,
        ms: Date.now() - t0,
      }));
      const { result, slowestMs, polls } = await healthDuring(bomb);
      expect(slowestMs, `slowest health answer (polls: ${polls.join(',')})`).toBeLessThan(HEALTH_BOUND_MS);
      expect(polls.length).toBeGreaterThan(5);
      expect(polls.every((s) => s === 200)).toBe(true);
      // Decoding still under way at the timeout → ResultTooLarge; Neo4j still building the record → timeout.
      const outcome = `${result.status} ${result.body.error?.code ?? JSON.stringify(result.body).slice(0, 200)}`;
      expect(outcome).toMatch(/^(422 ResultTooLarge|504 Neo\.ClientError\.Transaction\.TransactionTimedOut)/);
      if (result.status === 422) {
        expect(result.body.error?.message).toMatch(/exceeded the console's limits/);
        expect(result.body.error?.message).toMatch(/LIMIT/);
      }
      expect(result.ms).toBeLessThan(TIMEOUT_MS + END_MARGIN_MS);
    });
  }

  it('a cancel while the worker decodes ends the query as Cancelled at once (the worker is stopped)', async () => {
    const queryId = 'cancel-while-decoding';
    const bomb = post('/api/cypher', { query: 'RETURN range(1, 5000000) AS r', queryId });
    await sleep(1_500);
    const t0 = Date.now();
    const c = await post('/api/cypher/cancel', { queryId });
    expect((c.body as { cancelled?: boolean }).cancelled).toBe(true);
    const r = await bomb;
    expect(r.status).toBe(409);
    expect(r.body.error?.code).toBe('Cancelled');
    expect(Date.now() - t0).toBeLessThan(2_500);
    const left = async () => {
      const r = await db.run({ name: 'console/find-transactions', params: { queryId } });
      return r.ok ? r.value.records.length : -1;
    };
    const deadline = Date.now() + 3_000;
    while ((await left()) !== 0 && Date.now() < deadline) await sleep(100);
    expect(await left()).toBe(0);
  });

  it('the pool recovers: a normal console query works afterwards', async () => {
    const { status, body } = await post('/api/cypher', { query: 'UNWIND range(1, 3) AS x RETURN x' });
    expect(status).toBe(200);
    expect((body as unknown as { rows: { x: number }[] }).rows.map((r) => r.x)).toEqual([1, 2, 3]);
  });
});
