// The Cypher console against a real Neo4j with data/ ingested: refusals leave the graph untouched,
// timeouts and cancels terminate the transaction, caps truncate while streaming, values come back tagged.
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR, type Config } from '../../lib/config.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { testConfig, testDb, wipe } from '../../lib/testing/db.ts';
import { runIngest } from '../../ingest/index.ts';
import { registerCypherRoutes } from '../routes/cypher.ts';
import { executeConsoleQuery } from './execute.ts';
import { loadSavedQueries } from './saved.ts';
import { consoleTransactions, untilRunning } from './testing.ts';

let db: Db;
let app: FastifyInstance;
let config: Config;

const MAX_ROWS = 50;
const MAX_NODES = 30;

async function counts(): Promise<{ nodes: number; rels: number; indexes: number; constraints: number }> {
  const r = await db.run({
    text: `CALL () { MATCH (n) RETURN count(n) AS nodes }
           CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
           RETURN nodes, rels`,
  });
  const idx = await db.run({ text: 'SHOW INDEXES YIELD name RETURN count(*) AS c' });
  const con = await db.run({ text: 'SHOW CONSTRAINTS YIELD name RETURN count(*) AS c' });
  if (!r.ok || !idx.ok || !con.ok) throw new Error('count failed');
  const rec = r.value.records[0]!;
  return {
    nodes: Number(rec.get('nodes')),
    rels: Number(rec.get('rels')),
    indexes: Number(idx.value.records[0]!.get('c')),
    constraints: Number(con.value.records[0]!.get('c')),
  };
}

async function run(query: string, extra: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query, ...extra } });
  return { status: res.statusCode, body: res.json() };
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const report = await runIngest(db, { paths: [path.join(ROOT_DIR, 'data')] });
  if (!report.ok) throw new Error(`ingest failed: ${JSON.stringify(report).slice(0, 500)}`);
  const base = testConfig();
  config = { ...base, console: { ...base.console, timeoutMs: 10_000, maxRows: MAX_ROWS, maxNodes: MAX_NODES } };
  app = Fastify();
  await registerCypherRoutes(app, { db, config });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('refusals leave the database unchanged', () => {
  const cases: Array<{ name: string; query: () => Promise<string> | string; reason: string }> = [
    { name: 'CREATE', query: () => 'CREATE (n:X {name: "x"}) RETURN n', reason: 'write' },
    { name: 'MERGE', query: () => 'MERGE (n:Entity {id: "brand-new"}) RETURN n', reason: 'write' },
    { name: 'SET', query: () => 'MATCH (n:Entity) SET n.hacked = true RETURN count(n)', reason: 'write' },
    { name: 'DELETE', query: () => 'MATCH ()-[r]->() DELETE r', reason: 'write' },
    { name: 'DETACH DELETE', query: () => 'MATCH (n) DETACH DELETE n', reason: 'write' },
    { name: 'REMOVE', query: () => 'MATCH (n:Entity) REMOVE n:Entity RETURN count(n)', reason: 'write' },
    { name: 'write inside CALL {}', query: () => 'CALL () { CREATE (x:Y) } RETURN 1 AS one', reason: 'write' },
    { name: 'FOREACH', query: () => 'MATCH (n:Entity) FOREACH (_ IN [1] | SET n.x = 1)', reason: 'write' },
    { name: 'CREATE INDEX', query: () => 'CREATE INDEX console_evil FOR (n:Entity) ON (n.name)', reason: 'schema' },
    {
      name: 'DROP CONSTRAINT',
      query: async () => {
        const r = await db.run({ text: 'SHOW CONSTRAINTS YIELD name RETURN name LIMIT 1' });
        if (!r.ok || r.value.records.length === 0) throw new Error('the ingest should have created a constraint');
        return `DROP CONSTRAINT ${String(r.value.records[0]!.get('name'))}`;
      },
      reason: 'schema',
    },
    {
      name: 'CALL {} IN TRANSACTIONS',
      query: () => 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
      reason: 'call-in-transactions',
    },
    {
      name: 'read-only CALL {} IN TRANSACTIONS',
      query: () => 'UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j',
      reason: 'call-in-transactions',
    },
    { name: 'LOAD CSV', query: () => "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", reason: 'load-csv' },
    { name: 'write procedure db.createLabel', query: () => "CALL db.createLabel('Evil')", reason: 'procedure' },
    {
      name: 'admin procedure dbms.listConfig',
      query: () => 'CALL dbms.listConfig() YIELD name RETURN name',
      reason: 'procedure',
    },
    {
      name: 'admin procedure dbms.killConnections',
      query: () => "CALL dbms.killConnections(['bolt-1'])",
      reason: 'procedure',
    },
    { name: 'DBMS procedure db.clearQueryCaches', query: () => 'CALL db.clearQueryCaches()', reason: 'procedure' },
    {
      name: 'READ-mode but non-allow-listed db.stats.clear',
      query: () => "CALL db.stats.clear('QUERIES')",
      reason: 'procedure',
    },
    { name: 'SHOW USERS', query: () => 'SHOW USERS', reason: 'admin' },
    { name: 'CREATE USER', query: () => "CREATE USER mallory SET PASSWORD 'secret-password'", reason: 'admin' },
    { name: 'CREATE DATABASE (cannot be EXPLAINed)', query: () => 'CREATE DATABASE evil', reason: 'admin' },
    { name: 'TERMINATE TRANSACTIONS', query: () => "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", reason: 'admin' },
    { name: 'SHOW TRANSACTIONS', query: () => 'SHOW TRANSACTIONS', reason: 'admin' },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} (reason ${c.reason})`, async () => {
      const before = await counts();
      const { status, body } = await run(await c.query());
      expect(status).toBe(403);
      expect(body.error.code).toBe('Refused');
      expect(body.error.reason).toBe(c.reason);
      expect(body.error.message).toMatch(/^Refused: /);
      expect(await counts()).toEqual(before);
    });
  }

  it('the ingested graph is there (so "unchanged" means something)', async () => {
    const c = await counts();
    expect(c.nodes).toBeGreaterThan(50);
    expect(c.rels).toBeGreaterThan(50);
  });

  it('defence in depth: the executor itself runs in READ access mode', async () => {
    const before = await counts();
    const r = await executeConsoleQuery(db, {
      queryId: 'direct-write',
      query: 'CREATE (n:X) RETURN n',
      params: {},
      timeoutMs: 5_000,
      maxRows: 10,
      maxNodes: 10,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('Neo.ClientError.Statement.AccessMode');
    expect(await counts()).toEqual(before);
  });

  it('allows read procedures on the allow-list', async () => {
    const { status, body } = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(status).toBe(200);
    expect(body.rows.map((r: { label: string }) => r.label)).toContain('Entity');
  });
});

describe('EXPLAIN and PROFILE', () => {
  it('returns the plan for EXPLAIN and the profiled plan with rows for PROFILE', async () => {
    const e = await run('EXPLAIN MATCH (e:Entity) RETURN e.name');
    expect(e.status).toBe(200);
    expect(e.body.rows).toEqual([]);
    expect(e.body.plan.operator).toBe('ProduceResults');
    const p = await run('PROFILE MATCH (e:Entity) RETURN count(e) AS c');
    expect(p.body.rows[0].c).toBeGreaterThan(50);
    expect(p.body.plan.rows).toBe(1);
    expect(p.body.plan.children[0].operator).toBe('NodeCountFromCountStore');
    expect(typeof p.body.plan.children[0].dbHits).toBe('number');
  });

  it('still refuses a write behind PROFILE', async () => {
    const { status, body } = await run('PROFILE CREATE (n:X) RETURN n');
    expect(status).toBe(403);
    expect(body.error.reason).toBe('write');
  });
});

describe('errors', () => {
  it('reports a syntax error with code and a position in the user query', async () => {
    const { status, body } = await run('MATCH (n)\nRETURN n LIMIT');
    expect(status).toBe(400);
    expect(body.error.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(body.error.position.line).toBe(2);
    expect(body.error.position.column).toBeGreaterThan(10);
    expect(body.error.position.offset).toBeGreaterThan(10);
  });

  it('rejects a body without a query', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { params: {} } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BadRequest');
  });
});

const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 123 RETURN count(*) AS c';

describe('timeouts and cancel', () => {
  it('stops a slow query at the timeout while a concurrent simple query still answers quickly', async () => {
    const t0 = Date.now();
    let simpleAt = 0;
    let slowAt = 0;
    const slow = run(SLOW, { timeoutMs: 2_000 }).then((r) => ((slowAt = Date.now() - t0), r));
    await new Promise((r) => setTimeout(r, 200));
    const simple = run('MATCH (e:Entity {id: $id}) RETURN e.name AS name', { params: { id: 'north-korea' } }).then(
      (r) => ((simpleAt = Date.now() - t0), r),
    );
    const [s, f] = await Promise.all([slow, simple]);
    expect(f.status).toBe(200);
    expect(f.body.rows[0].name).toBe('North Korea');
    expect(simpleAt).toBeLessThan(slowAt);
    expect(s.status).toBe(504);
    expect(s.body.error.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    expect(s.body.error.message).toMatch(/timed out after 2 s/);
    expect(slowAt).toBeLessThan(6_000);
  });

  it('never lets a client ask for more than the configured timeout', async () => {
    const small = { ...config, console: { ...config.console, timeoutMs: 1_000 } };
    const app2 = Fastify();
    await registerCypherRoutes(app2, { db, config: small });
    const t0 = Date.now();
    const res = await app2.inject({ method: 'POST', url: '/api/cypher', payload: { query: SLOW, timeoutMs: 600_000 } });
    await app2.close();
    expect(res.json().error.message).toMatch(/timed out after 1 s/);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('POST /api/cypher/cancel terminates the running transaction in Neo4j', async () => {
    const queryId = 'cancel-test-1';
    const slow = run(SLOW, { queryId });
    await untilRunning(db, queryId);
    const t0 = Date.now();
    expect(await consoleTransactions(db, queryId)).toBe(1);
    const c = await app.inject({ method: 'POST', url: '/api/cypher/cancel', payload: { queryId } });
    expect(c.json().cancelled).toBe(true);
    const s = await slow;
    expect(s.body.error.code).toBe('Cancelled');
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(await consoleTransactions(db, queryId)).toBe(0);
  });

  it('a client disconnect (fetch aborted) terminates the transaction in Neo4j', async () => {
    const live = Fastify();
    await registerCypherRoutes(live, { db, config });
    const address = await live.listen({ host: '127.0.0.1', port: 0 });
    const queryId = 'disconnect-test-1';
    const ctl = new AbortController();
    const pending = fetch(`${address}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SLOW, queryId }),
      signal: ctl.signal,
    }).catch((e: Error) => e.name);
    await untilRunning(db, queryId);
    expect(await consoleTransactions(db, queryId)).toBe(1);
    ctl.abort();
    expect(await pending).toBe('AbortError');
    const deadline = Date.now() + 3_000;
    while ((await consoleTransactions(db, queryId)) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await consoleTransactions(db, queryId)).toBe(0);
    await live.close();
  });
});

describe('caps', () => {
  it('truncates at maxRows while streaming (does not compute the rest)', async () => {
    const t0 = Date.now();
    const { status, body } = await run('UNWIND range(1, 1000000000) AS x RETURN x');
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.truncatedAt).toBe(MAX_ROWS);
    expect(body.truncatedBy).toBe('rows');
    expect(body.rows).toHaveLength(MAX_ROWS);
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('truncates at maxNodes for MATCH (n) RETURN n', async () => {
    const { body } = await run('MATCH (n) RETURN n');
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe('nodes');
    expect(body.nodeCount).toBeLessThanOrEqual(MAX_NODES);
    expect(body.truncatedAt).toBe(body.rows.length);
  });

  it('truncates a result too large for the browser even with few rows', async () => {
    const { body } = await run("UNWIND range(1, 6) AS i RETURN i, reduce(s = 'x', k IN range(1, 22) | s + s) AS big");
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe('size');
    expect(body.rows.length).toBeLessThan(5);
  });

  it('does not flag a small result', async () => {
    const { body } = await run('UNWIND range(1, 5) AS x RETURN x');
    expect(body.truncated).toBe(false);
    expect(body.truncatedAt).toBeUndefined();
    expect(body.rows.map((r: { x: number }) => r.x)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('values', () => {
  it('returns 64-bit integers exactly', async () => {
    const { body } = await run('RETURN 9007199254740993 AS big, -9223372036854775808 AS min, 42 AS small');
    expect(body.rows[0].big).toEqual({ $type: 'int', value: '9007199254740993' });
    expect(body.rows[0].min).toEqual({ $type: 'int', value: '-9223372036854775808' });
    expect(body.rows[0].small).toBe(42);
  });

  it('accepts whole-number and tagged int parameters as INTEGER', async () => {
    const { body } = await run('RETURN $n + 1 AS n, $big AS big, valueType($n) AS t', {
      params: { n: 41, big: { $type: 'int', value: '9007199254740993' } },
    });
    expect(body.rows[0]).toEqual({ n: 42, big: { $type: 'int', value: '9007199254740993' }, t: 'INTEGER NOT NULL' });
  });

  it('tags temporal, spatial, path, map and null values', async () => {
    const { body } = await run(
      `MATCH p = (a:Entity {id: 'north-korea'})-[r]->(b:Entity) WITH p, a LIMIT 1
       RETURN date('2024-10-28') AS d, datetime('2024-10-28T10:15:00Z') AS dt, localtime('10:15') AS lt,
              duration('P1DT2H') AS dur, point({x: 1.5, y: 2, srid: 7203}) AS pt,
              point({latitude: 51.7, longitude: 35.2}) AS geo, p, {k: [1, null, a]} AS m, null AS nothing`,
    );
    const row = body.rows[0];
    expect(row.d).toEqual({ $type: 'date', value: '2024-10-28' });
    expect(row.dt.$type).toBe('datetime');
    expect(row.dt.value).toContain('2024-10-28T10:15:00');
    expect(row.lt).toEqual({ $type: 'localtime', value: '10:15:00' });
    expect(row.dur.$type).toBe('duration');
    expect(row.pt).toEqual({ $type: 'point', srid: 7203, x: 1.5, y: 2 });
    expect(row.geo.srid).toBe(4326);
    expect(row.p.$type).toBe('path');
    expect(row.p.segments).toHaveLength(1);
    expect(row.p.start.properties.id).toBe('north-korea');
    expect(row.m.k[1]).toBeNull();
    expect(row.m.k[2].$type).toBe('node');
    expect(row.nothing).toBeNull();
  });
});

describe('catalog', () => {
  it('lists functions and only allowed procedures for autocomplete', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/cypher/catalog' });
    const body = res.json();
    expect(body.functions.map((f: { name: string }) => f.name)).toContain('toLower');
    const procs = body.procedures.map((p: { name: string }) => p.name);
    expect(procs).toContain('db.labels');
    expect(procs).not.toContain('db.createLabel');
  });
});

describe('saved queries', () => {
  it('lists the saved queries with title, description, params and text', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/queries' });
    const { queries } = res.json();
    expect(queries.length).toBeGreaterThanOrEqual(9);
    for (const q of queries) {
      expect(q.title.length).toBeGreaterThan(5);
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.text).toMatch(/RETURN/);
    }
  });

  for (const q of loadSavedQueries(path.join(ROOT_DIR, 'cypher', 'queries'))) {
    it(`saved query "${q.id}" runs and returns rows on the seed data`, async () => {
      const { status, body } = await run(q.text, { params: q.params });
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      expect(body.rows.length).toBeGreaterThan(0);
    });
  }

  it('the troop-figures report lists the 11,000 estimate with its claimant', async () => {
    const q = loadSavedQueries(path.join(ROOT_DIR, 'cypher', 'queries')).find((x) => x.id === 'troop-figures')!;
    const { body } = await run(q.text, { params: q.params });
    const row = body.rows.find((r: { troops: number }) => r.troops === 11000);
    expect(row).toBeDefined();
    expect(row.a.$type).toBe('node');
  });
});
