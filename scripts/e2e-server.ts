// The stack Playwright tests run against: a real Neo4j loaded with data/, the API and the built app.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { e2eNeo4j } from '../e2e/store.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { openNeo4j } from '../neo4j/open.ts';
import { runIngest, formatProblems } from '../ingest/index.ts';
import { startServer } from '../server/main.ts';

const port = Number(process.env.E2E_PORT ?? 5174);
// Saved views and perspectives made by tests go to throwaway folders, not data/.
process.env.VIEWS_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'e2e-views-'));
process.env.PERSPECTIVES_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'e2e-perspectives-'));
const base = loadConfig();
const neo4j = await openNeo4j(e2eNeo4j(), { fresh: true });
const config = { ...base, neo4j: neo4j.neo4j, server: { ...base.server, port } };
const db = createDb(config.neo4j);
const wiped = await db.run({ mode: 'WRITE', text: 'MATCH (n) DETACH DELETE n' });
if (!wiped.ok) throw new Error(wiped.error.message);
const report = await runIngest(db, { paths: [config.dataDir], prune: true });
if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
const server = await startServer(config, db);
console.log(`e2e stack ready at ${server.url} (Neo4j ${config.neo4j.uri})`);

const stop = async () => {
  await server.close().catch(() => undefined);
  await db.close().catch(() => undefined);
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
