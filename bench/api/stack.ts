// The bench's own stack: synthetic input → embedded Neo4j (port 7720) → `npm run ingest` → API in-process.
// Everything lives under .data/bench-api; stop() tears down what was started, in reverse order.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT_DIR, type Config } from '../../lib/config.ts';
import { createDb, type Db } from '../../lib/neo4j/client.ts';
import { generateGraph } from '../../lib/testing/synthetic-graph.ts';
import { openNeo4j } from '../../neo4j/open.ts';
import { startServer, type RunningServer } from '../../server/main.ts';
import type { ApiBenchArgs } from './args.ts';

export const WORK_DIR = path.join(ROOT_DIR, '.data', 'bench-api');
const INPUT_DIR = path.join(WORK_DIR, 'input');
const HOME_DIR = path.join(WORK_DIR, 'neo4j');
const MARKER = path.join(WORK_DIR, 'loaded.json');
const BOLT_PORT = 7720;
const API_PORT = 5190;

export interface GraphSizes {
  entities: number;
  claims: number;
  hubs: number;
  hubShare: number;
  articles: number;
  seed: number;
}

/** ~45,000 claims per hub at 10 hubs and 1M claims (2 · claims · hubShare / hubs). */
export const sizesOf = (a: Pick<ApiBenchArgs, 'entities' | 'claims' | 'hubs'>): GraphSizes => ({
  entities: a.entities,
  claims: a.claims,
  hubs: a.hubs,
  hubShare: 0.225,
  articles: Math.max(20, Math.round(a.claims / 500)),
  seed: 42,
});

export interface Stack {
  config: Config;
  /** The driver the floors use (the server has its own). */
  db: Db;
  apiUrl: string;
  hubIds: string[];
  stop(): Promise<void>;
}

function ingest(config: Config, log: (s: string) => void): Promise<void> {
  log(`ingesting ${path.relative(ROOT_DIR, INPUT_DIR)} through npm run ingest…`);
  const env = {
    ...process.env,
    NEO4J_URI: config.neo4j.uri,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password,
  };
  const child = spawn('npx', ['tsx', 'ingest/cli.ts', INPUT_DIR], { cwd: ROOT_DIR, env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ingest exited with ${code}`))));
  });
}

/** The hub ids of the graph loaded with these sizes by an earlier run, if it completed. */
function loadedHubs(sizes: GraphSizes): string[] | null {
  if (!existsSync(MARKER)) return null;
  const m = JSON.parse(readFileSync(MARKER, 'utf8')) as { sizes: GraphSizes; hubIds: string[] };
  return JSON.stringify(m.sizes) === JSON.stringify(sizes) ? m.hubIds : null;
}

/** `onStop` receives the teardown as soon as Neo4j runs, so a signal during the ingest still stops it. */
export async function startStack(
  args: ApiBenchArgs,
  log: (s: string) => void,
  onStop: (stop: () => Promise<void>) => void,
): Promise<Stack> {
  const sizes = sizesOf(args);
  const loaded = args.reuse ? loadedHubs(sizes) : null;
  const reuse = loaded !== null;
  if (args.reuse && !reuse) log('--reuse: no loaded database with these sizes; generating a new one');
  let hubIds = loaded ?? [];
  if (!reuse) {
    rmSync(WORK_DIR, { recursive: true, force: true });
    log(
      `generating ${sizes.entities} entities, ${sizes.claims} claims, ${sizes.hubs} hubs, ${sizes.articles} articles…`,
    );
    hubIds = (await generateGraph(INPUT_DIR, sizes)).hubIds;
  }
  const base = loadConfig();
  const heap = process.env.BENCH_HEAP ?? '12g';
  // One transaction holds the whole 1M-claim load: no per-transaction cap below the global one.
  const neo4jCfg = { ...base.neo4j, homeDir: HOME_DIR, boltPort: BOLT_PORT, heap, pageCache: '2g', txMemory: '0' };
  const neo = await openNeo4j({ ...neo4jCfg, passwordSource: 'store' }, { log });
  const config: Config = {
    ...base,
    neo4j: { ...neo.neo4j, externalUri: neo.neo4j.uri },
    server: { ...base.server, host: '127.0.0.1', port: API_PORT },
  };
  const stoppers: Array<() => Promise<void>> = [() => neo.stop()];
  const stop = async (): Promise<void> => {
    for (const s of stoppers.splice(0).reverse()) await s().catch((e: unknown) => log(`teardown: ${String(e)}`));
  };
  onStop(stop);
  try {
    if (!reuse) {
      await ingest(config, log);
      writeFileSync(MARKER, JSON.stringify({ sizes, hubIds }));
    }
    const db = createDb(config.neo4j);
    stoppers.push(() => db.close());
    const serverDb = createDb(config.neo4j);
    stoppers.push(() => serverDb.close());
    const server: RunningServer = await startServer(config, serverDb);
    stoppers.push(() => server.close());
    return { config, db, apiUrl: server.url, hubIds, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
