// The one place that reads the environment. Everything else takes a Config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConfig {
  /** Set when an external server is used; undefined means "start the embedded one". */
  externalUri: string | undefined;
  uri: string;
  user: string;
  password: string;
  database: string;
  boltHost: string;
  boltPort: number;
  homeDir: string;
  heap: string;
  pageCache: string;
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

export interface Config {
  neo4j: Neo4jConfig;
  server: ServerConfig;
  console: CypherConsoleConfig;
  dataDir: string;
  cypherDir: string;
  /** Saved views (JSON files), written by the server. */
  viewsDir: string;
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

export function loadConfig(env: Env = process.env): Config {
  const externalUri = env.NEO4J_URI || undefined;
  const boltHost = str(env, 'NEO4J_BOLT_HOST', '127.0.0.1');
  const boltPort = int(env, 'NEO4J_BOLT_PORT', 7687);
  return {
    neo4j: {
      externalUri,
      uri: externalUri ?? `bolt://${boltHost}:${boltPort}`,
      user: str(env, 'NEO4J_USER', 'neo4j'),
      password: str(env, 'NEO4J_PASSWORD', 'explorer-dev-password'),
      database: str(env, 'NEO4J_DATABASE', 'neo4j'),
      boltHost,
      boltPort,
      homeDir: path.resolve(ROOT_DIR, str(env, 'NEO4J_HOME_DIR', '.data/neo4j')),
      heap: str(env, 'NEO4J_HEAP', '4g'),
      pageCache: str(env, 'NEO4J_PAGECACHE', '2g'),
    },
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
      queue: int(env, 'CYPHER_QUEUE', 8),
      workerMb: Math.max(32, int(env, 'CYPHER_WORKER_MB', 512)),
    },
    dataDir: path.resolve(ROOT_DIR, str(env, 'DATA_DIR', 'data')),
    cypherDir: path.resolve(ROOT_DIR, 'cypher'),
    viewsDir: path.resolve(ROOT_DIR, str(env, 'VIEWS_DIR', 'data/views')),
  };
}
