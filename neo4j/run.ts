// `npm run neo4j`: runs the embedded database in the foreground, supervised, until SIGINT or SIGTERM.
import { loadConfig } from '../lib/config.ts';
import { storePasswordFile } from '../lib/store-password.ts';
import { openNeo4j } from './open.ts';

const cfg = loadConfig();
if (cfg.neo4j.externalUri) {
  console.log(`NEO4J_URI is set (${cfg.neo4j.externalUri}); no embedded database is started.`);
  process.exit(0);
}
const neo4j = await openNeo4j(cfg.neo4j, { supervise: true });
if (neo4j.neo4j.passwordSource === 'store') {
  console.log(`[neo4j] user ${neo4j.neo4j.user}; password in ${storePasswordFile(neo4j.neo4j.homeDir)}`);
}
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
