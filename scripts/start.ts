// `npm start`: embedded Neo4j (or NEO4J_URI), ingest data/ if the database is empty,
// build the web app if needed, then serve API + app on 127.0.0.1.
import { loadConfig } from '../lib/config.ts';
import { startServer } from '../server/main.ts';
import { ensureDatabase, ensureWebBuild, type Database } from './stack.ts';

const config = loadConfig();
const log = (s: string) => console.log(s);

let database: Database | undefined;
try {
  database = await ensureDatabase(config, log);
  ensureWebBuild(config, log);
  const server = await startServer(config, database.db);
  // Warm Neo4j's plan cache for the first view: the first seed query after a start costs ~1 s more.
  await fetch(new URL('api/seed', server.url)).catch(() => undefined);
  console.log(`\n  Explorer ready: ${server.url}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    await database?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (err) {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  await database?.close();
  process.exit(1);
}
