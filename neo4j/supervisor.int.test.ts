// The embedded store as `npm start` runs it: its own random password, a per-transaction memory cap,
// and a JVM that is started again when it dies, with the API answering 200 again by itself.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, testNeo4jConfig, type Neo4jConfig } from '../lib/config.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { storePasswordFile } from '../lib/store-password.ts';
import { buildServer } from '../server/app.ts';
import { openNeo4j, type OpenNeo4j } from './open.ts';
import { isAlive } from '../lib/testing/process.ts';

const port = Number(process.env.TEST_NEO4J_SUPERVISED_PORT ?? 7696);
const store = { name: 'vitest-supervised', port, heap: '1g', pageCache: '128m' };
const cfg: Neo4jConfig = { ...testNeo4jConfig({}, store), txMemory: '64m' };
const lines: string[] = [];
let neo: OpenNeo4j | undefined;

afterAll(async () => {
  await neo?.stop();
  rmSync(cfg.homeDir, { recursive: true, force: true });
});

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the supervised embedded store', { timeout: 600_000 }, () => {
  it('gets a random owner-only password, and the well-known one is refused', async () => {
    neo = await openNeo4j(cfg, { fresh: true, supervise: true, log: (l) => lines.push(l) });
    const file = storePasswordFile(cfg.homeDir);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(neo.neo4j.password).toBe(password);
    // The product's commands find it by themselves from the same environment.
    const env = { NEO4J_HOME_DIR: cfg.homeDir, NEO4J_BOLT_PORT: String(port) };
    expect(loadConfig(env).neo4j.password).toBe(password);

    for (const [pw, ok] of [
      [password, true],
      ['explorer-dev-password', false],
      ['neo4j', false],
    ] as const) {
      const db = createDb({ ...neo.neo4j, password: pw });
      const r = await db.run({ text: 'RETURN 1 AS one' });
      await db.close();
      expect(r.ok, pw).toBe(ok);
      if (!r.ok) expect(r.error.kind).toBe('auth');
    }
  });

  it('caps the memory one transaction may use', async () => {
    const db = createDb(neo!.neo4j);
    const bomb = await db.run({ text: 'UNWIND range(1, 3000000) AS i WITH collect(toString(i)) AS c RETURN size(c)' });
    const small = await db.run({
      text: 'UNWIND range(1, 1000) AS i WITH collect(toString(i)) AS c RETURN size(c) AS n',
    });
    await db.close();
    expect(bomb.ok).toBe(false);
    if (!bomb.ok) expect(bomb.error.code).toMatch(/MemoryPoolOutOfMemoryError/);
    expect(small.ok && Number(small.value.records[0]!.get('n'))).toBe(1000);
  });

  it('restarts a JVM killed with -9, and the API answers 200 again without help', async () => {
    const config = { ...loadConfig(), neo4j: neo!.neo4j };
    const db = createDb(neo!.neo4j);
    const app = await buildServer({ config, db });
    try {
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/schema' })).statusCode).toBe(200);
      const first = neo!.embedded!.pid();
      process.kill(first, 'SIGKILL');
      await until('the JVM dies', 30, async () => (isAlive(first) ? undefined : true));
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(503);
      await until('health 200 again', 240, async () =>
        (await app.inject({ url: '/api/health' })).statusCode === 200 ? true : undefined,
      );
      // Bolt can answer a moment before the launcher's ready line reaches the supervisor.
      await until(`the restart counted (${lines.join(' / ')})`, 120, async () =>
        neo!.embedded!.restarts() === 1 ? true : undefined,
      );
      expect(neo!.embedded!.pid()).not.toBe(first);
      // What npm start does after a restart: the API's read queries so far are planned again.
      expect(await db.rewarm()).toBeGreaterThan(0);
      expect((await app.inject({ url: '/api/schema' })).statusCode).toBe(200);
      expect(lines.some((l) => /exited unexpectedly \(SIGKILL\); restarting/.test(l))).toBe(true);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('stop() stops the JVM and no restart follows', async () => {
    const pid = neo!.embedded!.pid();
    await neo!.stop();
    neo = undefined;
    expect(isAlive(pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 1500));
    expect(lines.filter((l) => /restarting/.test(l))).toHaveLength(1);
  });
});
