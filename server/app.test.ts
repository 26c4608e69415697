// The app shell without a database: headers, host check, errors, static web app and SPA fallback.
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { buildServer } from './app.ts';
import { routes } from './routes/index.ts';
import type { ApiRoute } from './routes/types.ts';

let dir: string;
let db: Db;
// Never contacted: these tests only exercise routes that do not need Neo4j.
const config = (webDir: string) => ({
  ...loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', WEB_DIR: webDir }),
  viewsDir: path.join(dir, 'views'),
});

const boom: ApiRoute = {
  id: 'boom',
  register(app) {
    app.get('/api/boom', () => {
      throw new Error('secret internals at /work/main/server/x.ts:1');
    });
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'server-app-'));
  db = createDb(config(dir).neo4j);
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('without a built web app', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ config: config(path.join(dir, 'missing')), db, routes: [...routes, boom] });
  });
  afterAll(() => app.close());

  it('serves a placeholder page with security headers', async () => {
    const r = await app.inject({ url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toContain('web app not built: run npm run build');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain('img-src');
    expect(r.headers['content-security-policy']).toMatch(/img-src[^;]*blob:[^;]*data:/);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await app.inject({ url: '/api/views', headers: { host: 'evil.example:5173' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('Forbidden');
    expect((await app.inject({ url: '/api/views', headers: { host: '127.0.0.1:5173' } })).statusCode).toBe(200);
  });

  it('answers unknown API routes with JSON 404', async () => {
    const r = await app.inject({ url: '/api/nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: { code: 'NotFound', message: 'no API route GET /api/nope' } });
  });

  it('hides internal errors (no message, no stack)', async () => {
    const r = await app.inject({ url: '/api/boom' });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: { code: 'InternalError', message: 'internal server error' } });
    expect(r.body).not.toContain('secret');
  });

  it('reports malformed JSON as 400 without a stack trace', async () => {
    const r = await app.inject({
      method: 'PUT',
      url: '/api/views/x',
      headers: { 'content-type': 'application/json' },
      payload: '{"view": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('BadRequest');
    expect(r.body).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});

describe('requests that change state', () => {
  let app: FastifyInstance;
  const views = () => readdir(path.join(dir, 'views')).catch(() => []);
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, headers: Record<string, string>, payload?: string) =>
    app.inject({
      method,
      url,
      headers: { host: '127.0.0.1:5173', ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
      payload,
    });
  const view = JSON.stringify({ view: { version: 1, nodes: [] } });
  beforeAll(async () => {
    const base = config(path.join(dir, 'missing'));
    app = await buildServer({ config: { ...base, views: { ...base.views, maxViews: 2 } }, db });
  });
  afterAll(async () => {
    await app.close();
    await rm(path.join(dir, 'views'), { recursive: true, force: true });
  });

  it('refuses a foreign Origin with 403 ForeignOrigin and changes nothing', async () => {
    for (const origin of ['http://evil.example', 'null']) {
      const put = await send('PUT', '/api/views/x', { origin }, view);
      expect(put.statusCode).toBe(403);
      expect(put.json().error.code).toBe('ForeignOrigin');
      expect(await views()).toEqual([]);
      expect((await send('POST', '/api/cypher', { origin }, '{"query":"RETURN 1"}')).statusCode).toBe(403);
    }
    expect((await send('PUT', '/api/views/x', { origin: 'http://127.0.0.1:5173' }, view)).statusCode).toBe(200);
    expect((await send('DELETE', '/api/views/x', { origin: 'http://evil.example' })).statusCode).toBe(403);
    expect(await views()).toEqual(['x.json']);
    expect((await send('DELETE', '/api/views/x', {})).statusCode).toBe(200);
  });

  it('answers deep JSON with 400 TooDeep on every JSON route', async () => {
    for (const depth of [5000, 100_000]) {
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const put = await send('PUT', '/api/views/x', {}, `{"view":{"version":1,"nodes":${deep}}}`);
      expect(put.statusCode).toBe(400);
      expect(put.json().error.code).toBe('TooDeep');
      const run = await send('POST', '/api/cypher', {}, `{"query":"RETURN $a","params":{"a":${deep}}}`);
      expect(run.json().error.code).toBe('TooDeep');
    }
    expect(await views()).toEqual([]);
  });

  it('keeps at most maxViews views (409 ViewQuota) and still overwrites', async () => {
    await rm(path.join(dir, 'views'), { recursive: true, force: true });
    for (const name of ['a', 'b']) expect((await send('PUT', `/api/views/${name}`, {}, view)).statusCode).toBe(200);
    const over = await send('PUT', '/api/views/c', {}, view);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toEqual({ code: 'ViewQuota', message: 'at most 2 saved views; delete one first' });
    expect((await send('PUT', '/api/views/a', {}, view)).statusCode).toBe(200);
    expect((await views()).sort()).toEqual(['a.json', 'b.json']);
  });
});

describe('with a built web app', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const web = path.join(dir, 'web');
    await mkdir(path.join(web, 'assets'), { recursive: true });
    await writeFile(path.join(web, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    await writeFile(path.join(web, 'assets', 'app.js'), 'console.log(1)');
    app = await buildServer({ config: config(web), db });
  });
  afterAll(() => app.close());

  it('serves index.html at / and assets by path', async () => {
    const r = await app.inject({ url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<div id="root">');
    const js = await app.inject({ url: '/assets/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for client routes, not for missing assets or the API', async () => {
    const spa = await app.inject({ url: '/explore/north-korea?x=1' });
    expect(spa.statusCode).toBe(200);
    expect(spa.body).toContain('<div id="root">');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/missing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('NotFound');
  });
});
