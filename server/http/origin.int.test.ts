// Issue 10 on a listening server with real fetch: foreign Origins, deep JSON and the view quota, end to end.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb } from '../../lib/testing/db.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { buildServer } from '../app.ts';
import { DEV_SERVER_PORT } from './origin.ts';

// One of this slice's HTTP ports; the server's own Origin is built from it.
const PORT = 5221;
const BASE = `http://127.0.0.1:${PORT}`;
const MAX_VIEWS = 3;

let db: Db;
let app: FastifyInstance;
let viewsDir: string;

beforeAll(async () => {
  db = testDb();
  viewsDir = await mkdtemp(path.join(tmpdir(), 'views-origin-'));
  const base = testConfig();
  const config = {
    ...base,
    server: { ...base.server, host: '127.0.0.1', port: PORT },
    viewsDir,
    views: { ...base.views, maxViews: MAX_VIEWS },
  };
  app = await buildServer({ config, db });
  await app.listen({ host: '127.0.0.1', port: PORT });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(viewsDir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const f of await readdir(viewsDir)) await rm(path.join(viewsDir, f));
});

const call = (method: string, url: string, headers: Record<string, string> = {}, body?: string) =>
  fetch(`${BASE}${url}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body,
  });
const view = JSON.stringify({ view: { version: 1, nodes: ['kursk'] } });
const run = JSON.stringify({ query: 'RETURN 1 AS one' });
const files = () => readdir(viewsDir);

describe('state-changing requests from another site', () => {
  it.each(['http://evil.example', 'null', `http://127.0.0.1:${PORT + 1}`])(
    '%s gets 403 and changes nothing',
    async (origin) => {
      const cypher = await call('POST', '/api/cypher', { origin }, run);
      expect(cypher.status).toBe(403);
      expect((await cypher.json()).error.code).toBe('ForeignOrigin');
      expect((await call('PUT', '/api/views/x', { origin }, view)).status).toBe(403);
      expect(await files()).toEqual([]);
      expect((await call('PUT', '/api/views/x', {}, view)).status).toBe(200);
      expect((await call('DELETE', '/api/views/x', { origin })).status).toBe(403);
      expect(await files()).toEqual(['x.json']);
    },
  );

  it('no Origin but Sec-Fetch-Site: cross-site gets 403', async () => {
    expect((await call('PUT', '/api/views/x', { 'sec-fetch-site': 'cross-site' }, view)).status).toBe(403);
    expect(await files()).toEqual([]);
  });

  it.each([
    ['the server itself', { origin: BASE, 'sec-fetch-site': 'same-origin' }],
    ['localhost on its port', { origin: `http://localhost:${PORT}` }],
    ['the Vite dev server', { origin: `http://127.0.0.1:${DEV_SERVER_PORT}` }],
    ['no Origin (curl, the CLIs)', {}],
  ])('%s still works', async (_, headers: Record<string, string>) => {
    const cypher = await call('POST', '/api/cypher', headers, run);
    expect(cypher.status).toBe(200);
    expect((await cypher.json()).rows).toEqual([{ one: 1 }]);
    expect((await call('PUT', '/api/views/x', headers, view)).status).toBe(200);
    expect((await call('GET', '/api/views/x')).status).toBe(200);
    expect((await call('DELETE', '/api/views/x', headers)).status).toBe(200);
    expect(await files()).toEqual([]);
  });

  it('leaves GET alone', async () => {
    expect((await call('GET', '/api/views', { origin: 'http://evil.example' })).status).toBe(200);
  });
});

describe('deep JSON', () => {
  it.each([5000, 100_000])('%i levels give 400 TooDeep on PUT /api/views/x and POST /api/cypher', async (depth) => {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const put = await call('PUT', '/api/views/x', {}, `{"view":{"version":1,"nodes":${deep}}}`);
    expect(put.status).toBe(400);
    expect((await put.json()).error.code).toBe('TooDeep');
    const cypher = await call('POST', '/api/cypher', {}, `{"query":"RETURN $a","params":{"a":${deep}}}`);
    expect(cypher.status).toBe(400);
    expect((await cypher.json()).error.code).toBe('TooDeep');
    expect(await files()).toEqual([]);
    expect((await call('GET', '/api/health')).status).toBe(200);
  });
});

describe('saved-view quota', () => {
  it('concurrent PUTs of new names stop at the quota; overwriting still works', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `v${i}`);
    const answers = await Promise.all(names.map((n) => call('PUT', `/api/views/${n}`, {}, view)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(MAX_VIEWS);
    const refused = answers.filter((r) => r.status === 409);
    expect(refused).toHaveLength(names.length - MAX_VIEWS);
    expect((await refused[0]!.json()).error).toEqual({
      code: 'ViewQuota',
      message: `at most ${MAX_VIEWS} saved views; delete one first`,
    });
    const kept = await files();
    expect(kept).toHaveLength(MAX_VIEWS);
    expect((await call('PUT', `/api/views/${kept[0]!.replace(/\.json$/, '')}`, {}, view)).status).toBe(200);
    expect((await call('PUT', '/api/views/one-more', {}, view)).status).toBe(409);
  });
});
