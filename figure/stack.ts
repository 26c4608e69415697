// The app the figure is rendered in: an existing URL, or our own server on a free port
// over the configured Neo4j (started embedded, and stopped again, when nothing is running).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig, ROOT_DIR, type Config } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import { startServer } from '../server/main.ts';
import { runIngest, formatProblems } from '../ingest/index.ts';

export interface Stack {
  url: string;
  close(): Promise<void>;
}

export function ensureWebBuild(config: Config, log: (s: string) => void): void {
  if (existsSync(path.join(config.server.webDir, 'index.html'))) return;
  log('dist/web is missing: running vite build');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('vite build failed');
}

export async function startStack(opts: { url?: string; log: (s: string) => void; config?: Config }): Promise<Stack> {
  if (opts.url) return { url: opts.url.endsWith('/') ? opts.url : `${opts.url}/`, close: async () => undefined };
  const base = opts.config ?? loadConfig();
  ensureWebBuild(base, opts.log);
  let embedded: EmbeddedNeo4j | undefined;
  if (!base.neo4j.externalUri) {
    const probe = createDb(base.neo4j);
    const up = await probe.ping();
    await probe.close();
    if (!up.ok) {
      opts.log(`starting embedded Neo4j (${base.neo4j.uri})`);
      embedded = await startEmbedded(base.neo4j, { log: () => undefined });
    }
  }
  let db: Db | undefined;
  try {
    db = createDb(base.neo4j);
    const counts = await db.run<{ entities: number }>({ name: 'ingest-counts' });
    if (!counts.ok) throw new Error(counts.error.message);
    if (Number(counts.value.records[0]?.get('entities') ?? 0) === 0) {
      opts.log(`database is empty: ingesting ${path.relative(ROOT_DIR, base.dataDir) || '.'}/`);
      const report = await runIngest(db, { paths: [base.dataDir] });
      if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
    }
    // Port 0: a free port, so a figure run never clashes with a running `npm start`.
    const server = await startServer({ ...base, server: { ...base.server, port: 0 } }, db);
    const d = db;
    return {
      url: server.url,
      close: async () => {
        await server.close().catch(() => undefined);
        await d.close().catch(() => undefined);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
}
