// Neo4j down → 503 with a clear message, the server keeps serving, and it recovers by itself.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, testNeo4jConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { openNeo4j, type OpenNeo4j } from '../neo4j/open.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f().catch(() => undefined);
});

async function tempViews(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'views-down-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('Neo4j not reachable at all', () => {
  it('answers 503 DatabaseUnavailable quickly and keeps serving what needs no database', async () => {
    const config = { ...loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), viewsDir: await tempViews() };
    const db = createDb(config.neo4j);
    const app = await buildServer({ config, db });
    cleanup.push(
      () => db.close(),
      () => app.close(),
    );

    const health = await app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json().status).toBe('unavailable');
    expect(health.json().error.code).toBe('DatabaseUnavailable');
    expect(health.json().error.message).toMatch(/^Neo4j is not reachable/);

    const t0 = Date.now();
    const search = await app.inject({ url: '/api/search?q=kursk' });
    expect(search.statusCode).toBe(503);
    expect(search.json().error).toMatchObject({
      code: 'DatabaseUnavailable',
      message: expect.stringMatching(/^Neo4j is not reachable/),
    });
    expect(search.body).not.toMatch(/\bat .*\.(js|ts):\d+/);
    // The driver retries once (~1 s); an analyst must not wait 30 s for the error.
    expect(Date.now() - t0).toBeLessThan(5_000);

    for (const url of [
      '/api/seed',
      '/api/entities/kursk',
      '/api/expand/kursk',
      '/api/claims?entity=kursk',
      '/api/graph?ids=kursk',
      '/api/schema',
      '/api/articles',
    ]) {
      expect((await app.inject({ url })).statusCode, url).toBe(503);
    }
    expect((await app.inject({ url: '/api/views' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/' })).statusCode).toBe(200);
  });
});

describe('Neo4j stops and comes back', () => {
  it('503 while stopped, 200 after restart, without rebuilding the server', { timeout: 420_000 }, async () => {
    const port = Number(process.env.TEST_NEO4J_RESTART_PORT ?? 7695);
    const neo4jCfg = testNeo4jConfig({}, { name: 'vitest-restart', port, heap: '1g', pageCache: '256m' });
    const start = (fresh: boolean) => openNeo4j(neo4jCfg, { fresh, log: () => undefined });
    let neo: OpenNeo4j = await start(true);
    cleanup.push(
      () => neo.stop(),
      () => rm(neo4jCfg.homeDir, { recursive: true, force: true }),
    );

    const config = { ...loadConfig(), neo4j: neo.neo4j, viewsDir: await tempViews() };
    const db: Db = createDb(config.neo4j);
    cleanup.push(() => db.close());
    const app = await buildServer({ config, db });
    cleanup.push(() => app.close());

    // A fresh store has no full-text index yet: search still answers (a capped scan, saying it is partial), and
    // a missing index is never a 503, so the web app raises no "database unavailable" banner.
    const noIndex = await app.inject({ url: '/api/search?q=Koersk' });
    expect(noIndex.statusCode).toBe(200);
    expect(noIndex.json()).toEqual({ results: [], method: 'scan', partial: true, scanned: 0 });

    const report = await runIngest(db, { paths: [config.dataDir] });
    expect(report.ok).toBe(true);

    // The search reads the indexes again within seconds and then answers through entity_search.
    const found = async () => (await app.inject({ url: '/api/search?q=Koersk' })).json();
    await expect.poll(found, { timeout: 15_000, interval: 500 }).toMatchObject({ method: 'fulltext', partial: false });
    const ok = await app.inject({ url: '/api/search?q=Koersk' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().results[0].id).toBe('kursk');

    await neo.stop();
    const down = await app.inject({ url: '/api/search?q=Koersk' });
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('DatabaseUnavailable');
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(503);

    neo = await start(false);
    const health = await app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const back = await app.inject({ url: '/api/search?q=Koersk' });
    expect(back.statusCode).toBe(200);
    expect(back.json().results[0].id).toBe('kursk');
    expect((await app.inject({ url: '/api/expand/north-korea' })).statusCode).toBe(200);
  });
});
