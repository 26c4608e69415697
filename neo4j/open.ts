// The one way every command gets its Neo4j: the configured server when NEO4J_URI is given, else the
// embedded one, started here (optionally on a fresh store, optionally supervised) with its own password.
import { rmSync } from 'node:fs';
import type { Neo4jConfig } from '../lib/config.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { ensureStorePassword } from '../lib/store-password.ts';
import { startEmbedded } from './embedded.ts';
import { superviseEmbedded } from './supervisor.ts';

export interface OpenOptions {
  log?: (line: string) => void;
  /** Delete the embedded store first (tests and benchmarks). */
  fresh?: boolean;
  /** Restart the embedded JVM when it dies (npm start, npm run neo4j). */
  supervise?: boolean;
  /** Use a Neo4j already answering on the configured port (another `npm start`) instead of starting one. */
  reuseRunning?: boolean;
  /** A folder LOAD CSV may read from (the ingest benchmark's peer). */
  csvImportDir?: string;
  /** Called after the supervisor started a JVM again (npm start warms its queries). */
  onRestart?: () => void;
}

export interface OpenNeo4j {
  /** What to connect with: the running database's address and password. */
  neo4j: Neo4jConfig;
  /** Set when this process started the JVM. */
  embedded: { pid(): number; restarts(): number } | undefined;
  stop(): Promise<void>;
}

async function answers(cfg: Neo4jConfig): Promise<boolean> {
  const db = createDb(cfg);
  try {
    return (await db.ping()).ok;
  } finally {
    await db.close().catch(() => undefined);
  }
}

export async function openNeo4j(cfg: Neo4jConfig, opts: OpenOptions = {}): Promise<OpenNeo4j> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const none = async () => undefined;
  if (cfg.externalUri) return { neo4j: cfg, embedded: undefined, stop: none };
  if (opts.fresh) rmSync(cfg.homeDir, { recursive: true, force: true });
  const password = cfg.passwordSource === 'env' ? cfg.password : ensureStorePassword(cfg.homeDir);
  const neo4j: Neo4jConfig = { ...cfg, password };
  if (opts.reuseRunning && (await answers(neo4j))) {
    log(`Neo4j already running at ${neo4j.uri}; using it`);
    return { neo4j, embedded: undefined, stop: none };
  }
  const start = { log, ...(opts.csvImportDir ? { csvImportDir: opts.csvImportDir } : {}) };
  if (opts.supervise) {
    const s = await superviseEmbedded(neo4j, { ...start, ...(opts.onRestart ? { onRestart: opts.onRestart } : {}) });
    const embedded = { pid: () => s.current().pid, restarts: s.restarts };
    return { neo4j: { ...neo4j, uri: s.uri }, embedded, stop: s.stop };
  }
  const e = await startEmbedded(neo4j, start);
  return { neo4j: { ...neo4j, uri: e.uri }, embedded: { pid: () => e.pid, restarts: () => 0 }, stop: e.stop };
}
