// The stack Playwright tests run against: a real Neo4j loaded with data/, the API and the built app.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../lib/config.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import { runIngest, formatProblems } from '../ingest/index.ts';
import { startServer } from '../server/main.ts';

const port = Number(process.env.E2E_PORT ?? 5174);
// Saved views made by tests go to a throwaway folder, not data/views.
process.env.VIEWS_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'e2e-views-'));
const base = loadConfig();
let embedded: EmbeddedNeo4j | undefined;
let uri = process.env.TEST_NEO4J_URI;
if (!uri) {
  const boltPort = Number(process.env.TEST_NEO4J_PORT ?? 7688);
  const homeDir = path.join(ROOT_DIR, '.data', `neo4j-e2e-${boltPort}`);
  rmSync(homeDir, { recursive: true, force: true });
  embedded = await startEmbedded({ ...base.neo4j, homeDir, boltPort, heap: '2g', pageCache: '512m' });
  uri = embedded.uri;
}
const config = {
  ...base,
  neo4j: {
    ...base.neo4j,
    uri,
    user: process.env.TEST_NEO4J_USER ?? base.neo4j.user,
    password: process.env.TEST_NEO4J_PASSWORD ?? base.neo4j.password,
  },
  server: { ...base.server, port },
};
const db = createDb(config.neo4j);
const wiped = await db.run({ mode: 'WRITE', text: 'MATCH (n) DETACH DELETE n' });
if (!wiped.ok) throw new Error(wiped.error.message);
const report = await runIngest(db, { paths: [config.dataDir], prune: true });
if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
const server = await startServer(config, db);
console.log(`e2e stack ready at ${server.url} (Neo4j ${uri})`);

const stop = async () => {
  await server.close().catch(() => undefined);
  await db.close().catch(() => undefined);
  await embedded?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
