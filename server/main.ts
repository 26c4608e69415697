// Runs the API + web server: `npm run server` (uses NEO4J_URI or bolt://127.0.0.1:7687).
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { buildServer } from './app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Builds and listens; scripts/start.ts and the figure CLI call this with their own db. */
export async function startServer(config: Config, db: Db, opts: { logger?: boolean } = {}): Promise<RunningServer> {
  const app = await buildServer({ config, db, logger: opts.logger });
  await app.listen({ host: config.server.host, port: config.server.port });
  const addr = app.server.address();
  const port = addr && typeof addr === 'object' ? addr.port : config.server.port;
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;
  return { url: `http://${host}:${port}/`, close: () => app.close() };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = createDb(config.neo4j);
  const server = await startServer(config, db, { logger: process.env.LOG_REQUESTS === '1' });
  console.log(`explorer API + web app at ${server.url} (Neo4j ${config.neo4j.uri})`);
  const ping = await db.ping();
  if (!ping.ok) console.warn(`warning: ${ping.error.message}; API calls answer 503 until Neo4j is up.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await server.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
