// `npm start`: embedded Neo4j (or NEO4J_URI), ingest data/ if the database is empty,
// build the web app if needed, then serve API + app on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import { formatCounts, formatProblems, runIngest } from '../ingest/index.ts';
import { progressBar } from '../ingest/progress.ts';
import { startServer } from '../server/main.ts';

const config = loadConfig();

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function buildWebIfStale(): void {
  const index = path.join(config.server.webDir, 'index.html');
  const stale = !existsSync(index) || newestMtime(path.join(ROOT_DIR, 'web')) > statSync(index).mtimeMs;
  if (!stale) return;
  console.log('building the web app (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

async function waitForDb(db: Db, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const p = await db.ping();
    if (p.ok) return;
    if (Date.now() > until) throw new Error(`${p.error.message}\nCheck NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

let embedded: EmbeddedNeo4j | undefined;
let db: Db | undefined;
try {
  if (config.neo4j.externalUri) {
    console.log(`using external Neo4j at ${config.neo4j.externalUri}`);
  } else {
    const probe = createDb(config.neo4j);
    const already = await probe.ping();
    await probe.close();
    if (already.ok) console.log(`Neo4j already running at ${config.neo4j.uri}; using it`);
    else embedded = await startEmbedded(config.neo4j);
  }
  db = createDb(config.neo4j);
  await waitForDb(db, 60);

  const count = await db.run<{ n: number }>({ text: 'MATCH (e:Entity) RETURN count(e) AS n' });
  if (count.ok && Number(count.value.records[0]?.get('n') ?? 0) === 0) {
    console.log(`database is empty: ingesting ${path.relative(ROOT_DIR, config.dataDir) || '.'}/`);
    const report = await runIngest(db, { paths: [config.dataDir], prune: true, progress: progressBar() });
    if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
    console.log(formatCounts(report.counts));
  }

  buildWebIfStale();
  const server = await startServer(config, db);
  // Warm Neo4j's plan cache for the first view: the first seed query after a start costs ~1 s more.
  await fetch(new URL('api/seed', server.url)).catch(() => undefined);
  console.log(`\n  Explorer ready: ${server.url}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (err) {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  await db?.close().catch(() => undefined);
  await embedded?.stop();
  process.exit(1);
}
