// The one place that reads the environment. Everything else takes a Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStorePassword } from './store-password.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConfig {
  /** Set when an external server is used; undefined means "start the embedded one". */
  externalUri: string | undefined;
  uri: string;
  user: string;
  /** NEO4J_PASSWORD, else the embedded store's own (lib/store-password.ts); '' when neither exists yet. */
  password: string;
  /** 'store': the embedded store's random password, created on its first start. */
  passwordSource: 'env' | 'store';
  database: string;
  boltHost: string;
  boltPort: number;
  homeDir: string;
  heap: string;
  pageCache: string;
  /** Memory one transaction may use (NEO4J_TX_MEMORY; unset: half the heap), so no query takes the whole heap. */
  txMemory: string | undefined;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Folder with the built web app (vite build output). */
  webDir: string;
  /** Bytes of JSON any bounded API answer may have (RESPONSE_BUDGET, default 256 kB). */
  responseBudget: number;
}

export interface CypherConsoleConfig {
  timeoutMs: number;
  maxRows: number;
  maxNodes: number;
  /** Worker threads that run console queries, so a huge result never blocks the API (CYPHER_WORKERS). */
  workers: number;
  /** Console queries that may wait for a free worker; more get 503 ConsoleBusy (CYPHER_QUEUE). */
  queue: number;
  /** Heap ceiling of each worker in MB; a record that needs more fails as ResultTooLarge (CYPHER_WORKER_MB). */
  workerMb: number;
}

export interface ViewsConfig {
  /** Most saved views kept (VIEWS_MAX, default 500); overwriting an existing one is always allowed. */
  maxViews: number;
  /** Bytes one saved view may have as sent (VIEWS_MAX_BYTES, default 5 MiB). */
  maxViewBytes: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  server: ServerConfig;
  console: CypherConsoleConfig;
  dataDir: string;
  cypherDir: string;
  /** Saved views (JSON files), written by the server. */
  viewsDir: string;
  views: ViewsConfig;
  /** Nodes a search scan examines at most, on labels no index covers (SEARCH_SCAN_CAP, default 10,000). */
  search: { scanCap: number };
  /** Stored perspectives (one JSON file per database, server/perspective/store.ts), written by the server. */
  perspectivesDir: string;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function str(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : raw;
}

/** Half of a JVM size such as "4g" or "512m", in megabytes ("2048m"). */
export function halfOf(size: string): string {
  const m = /^(\d+)([kmgt]?)$/i.exec(size.trim());
  if (!m) throw new Error(`not a memory size: "${size}" (use e.g. 4g or 512m)`);
  const mb = Number(m[1]) * { '': 1 / 2 ** 20, k: 1 / 1024, m: 1, g: 1024, t: 2 ** 20 }[m[2]!.toLowerCase()]!;
  return `${Math.max(1, Math.floor(mb / 2))}m`;
}

function neo4jConfig(env: Env): Neo4jConfig {
  const externalUri = env.NEO4J_URI || undefined;
  const boltHost = str(env, 'NEO4J_BOLT_HOST', '127.0.0.1');
  const boltPort = int(env, 'NEO4J_BOLT_PORT', 7687);
  const homeDir = path.resolve(ROOT_DIR, str(env, 'NEO4J_HOME_DIR', '.data/neo4j'));
  const heap = str(env, 'NEO4J_HEAP', '4g');
  const envPassword = env.NEO4J_PASSWORD || undefined;
  return {
    externalUri,
    uri: externalUri ?? `bolt://${boltHost}:${boltPort}`,
    user: str(env, 'NEO4J_USER', 'neo4j'),
    password: envPassword ?? (externalUri ? '' : (readStorePassword(homeDir) ?? '')),
    passwordSource: envPassword !== undefined ? 'env' : 'store',
    database: str(env, 'NEO4J_DATABASE', 'neo4j'),
    boltHost,
    boltPort,
    homeDir,
    heap,
    pageCache: str(env, 'NEO4J_PAGECACHE', '2g'),
    txMemory: env.NEO4J_TX_MEMORY || undefined,
  };
}

export function loadConfig(env: Env = process.env): Config {
  return {
    neo4j: neo4jConfig(env),
    server: {
      host: str(env, 'HOST', '127.0.0.1'),
      port: int(env, 'PORT', 5173),
      webDir: path.resolve(ROOT_DIR, str(env, 'WEB_DIR', 'dist/web')),
      responseBudget: int(env, 'RESPONSE_BUDGET', 256 * 1024),
    },
    console: {
      timeoutMs: int(env, 'CYPHER_TIMEOUT_MS', 10_000),
      maxRows: int(env, 'CYPHER_MAX_ROWS', 1000),
      maxNodes: int(env, 'CYPHER_MAX_NODES', 2000),
      workers: Math.max(1, int(env, 'CYPHER_WORKERS', 2)),
      queue: int(env, 'CYPHER_QUEUE', 64),
      workerMb: Math.max(32, int(env, 'CYPHER_WORKER_MB', 512)),
    },
    dataDir: path.resolve(ROOT_DIR, str(env, 'DATA_DIR', 'data')),
    cypherDir: path.resolve(ROOT_DIR, 'cypher'),
    viewsDir: path.resolve(ROOT_DIR, str(env, 'VIEWS_DIR', 'data/views')),
    views: { maxViews: int(env, 'VIEWS_MAX', 500), maxViewBytes: int(env, 'VIEWS_MAX_BYTES', 5 * 1024 * 1024) },
    search: { scanCap: Math.min(1_000_000, Math.max(1, int(env, 'SEARCH_SCAN_CAP', 10_000))) },
    perspectivesDir: path.resolve(ROOT_DIR, str(env, 'PERSPECTIVES_DIR', 'data/perspectives')),
  };
}

export interface TestStore {
  /** Names the throwaway store: `.data/neo4j-<name>-<port>`. */
  name: string;
  /** Bolt port unless TEST_NEO4J_PORT says otherwise. */
  port: number;
  heap: string;
  pageCache: string;
}

/** The database tests run against: TEST_NEO4J_URI (+ _USER, _PASSWORD) if given, else a store of their own. */
export function testNeo4jConfig(env: Env, store: TestStore): Neo4jConfig {
  const port = int(env, 'TEST_NEO4J_PORT', store.port);
  return neo4jConfig({
    NEO4J_URI: env.TEST_NEO4J_URI,
    NEO4J_USER: env.TEST_NEO4J_USER,
    NEO4J_PASSWORD: env.TEST_NEO4J_PASSWORD,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HOME_DIR: `.data/neo4j-${store.name}-${port}`,
    NEO4J_HEAP: store.heap,
    NEO4J_PAGECACHE: store.pageCache,
  });
}
