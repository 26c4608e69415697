// `npm start`: embedded Neo4j (or NEO4J_URI), supervised; ingest data/ if the database is empty;
// build the web app if needed; then serve API + app on 127.0.0.1. SIGINT and SIGTERM stop it in order.
import { loadConfig } from '../lib/config.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { ensureDatabase, ensureWebBuild, type Database } from './stack.ts';
import { warmUp } from './warm-up.ts';

const config = loadConfig();
const log = (s: string) => console.log(s);

let database: Database | undefined;
let server: RunningServer | undefined;
let stopping = false;
// A signal during start-up exits at once: the JVM sees its stdin close and shuts down by itself.
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`\n${signal}: stopping`);
  await server?.close().catch(() => undefined);
  await database?.close();
  log('stopped');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  // After a crash restart the API's own queries are replayed (Db.rewarm) while requests wait for them.
  const rewarm = () =>
    void database?.db.rewarm().then((n) => log(`[neo4j] ${n} queries planned again after the restart`));
  database = await ensureDatabase(config, log, rewarm);
  ensureWebBuild(config, log);
  server = await startServer({ ...config, neo4j: database.neo4j }, database.db);
  await warmUp(server.url);
  console.log(`\n  Explorer ready: ${server.url}\n`);
} catch (err) {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  await database?.close();
  process.exit(1);
}
