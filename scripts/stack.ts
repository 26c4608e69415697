// What `npm start` and the figure CLI both need: a reachable Neo4j (the configured one, or the
// embedded one started and supervised here), loaded with data/ when empty, and a web build that
// matches the source. A database this app did not fill is explored as it is: nothing is written to it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR, type Config, type Neo4jConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { openNeo4j, type OpenNeo4j } from '../neo4j/open.ts';
import { formatCounts, formatProblems, runIngest } from '../ingest/index.ts';
import { describeForeign, type Ownership } from '../ingest/ownership.ts';
import { readOwnership } from '../ingest/ownership-check.ts';
import { progressBar } from '../ingest/progress.ts';

export interface Database {
  db: Db;
  /** What `db` connects with (the embedded store's password included): give it to the server. */
  neo4j: Neo4jConfig;
  /** Set when this process started the embedded Neo4j and so must stop it. */
  embedded: OpenNeo4j['embedded'];
  close(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

export function ensureWebBuild(config: Config, log: (s: string) => void): void {
  const index = path.join(config.server.webDir, 'index.html');
  const stale = !existsSync(index) || newestMtime(path.join(ROOT_DIR, 'web')) > statSync(index).mtimeMs;
  if (!stale) return;
  log('building the web app (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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

const dataName = (config: Config) => `${path.relative(ROOT_DIR, config.dataDir) || '.'}/`;

/** The one line `npm start` says about a database it leaves as it is. */
export function foreignDatabaseLine(config: Config, o: Ownership): string {
  return (
    `the database at ${config.neo4j.uri} holds a graph this app did not create: ${describeForeign(o)}. ` +
    `Exploring it as it is; nothing is written. To load ${dataName(config)} next to it: npm run ingest -- --into-foreign`
  );
}

/** Ingests data/ into an empty database (or one of ours without entities); a foreign one is left alone. */
async function ensureData(db: Db, config: Config, log: (s: string) => void): Promise<void> {
  const owned = await readOwnership(db);
  if (!owned.ok) throw new Error(owned.error.message);
  const o = owned.value;
  if (o.kind === 'foreign') return log(foreignDatabaseLine(config, o));
  if (o.kind === 'ours' && o.entities > 0) return;
  const data = dataName(config);
  log(o.kind === 'empty' ? `database is empty: ingesting ${data}` : `database has no entities: ingesting ${data}`);
  // runIngest asks again inside its transaction: a graph written meanwhile is refused there.
  const report = await runIngest(db, { paths: [config.dataDir], prune: true, progress: progressBar() });
  if (!report.ok && 'ownership' in report && report.ownership)
    return log(foreignDatabaseLine(config, report.ownership));
  if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
  log(formatCounts(report.counts));
}

export async function ensureDatabase(
  config: Config,
  log: (s: string) => void,
  onRestart?: () => void,
): Promise<Database> {
  if (config.neo4j.externalUri) log(`using external Neo4j at ${config.neo4j.externalUri}`);
  const opts = { log, supervise: true, reuseRunning: true, ...(onRestart ? { onRestart } : {}) };
  const neo4j = await openNeo4j(config.neo4j, opts);
  const db = createDb(neo4j.neo4j);
  const close = async () => {
    await db.close().catch(() => undefined);
    await neo4j.stop();
  };
  try {
    await waitForDb(db, 60);
    await ensureData(db, { ...config, neo4j: neo4j.neo4j }, log);
    return { db, neo4j: neo4j.neo4j, embedded: neo4j.embedded, close };
  } catch (err) {
    await close();
    throw err;
  }
}
