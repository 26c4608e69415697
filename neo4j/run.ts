// `npm run neo4j`: runs the embedded database in the foreground.
import { loadConfig } from '../lib/config.ts';
import { startEmbedded } from './embedded.ts';

const cfg = loadConfig();
if (cfg.neo4j.externalUri) {
  console.log(`NEO4J_URI is set (${cfg.neo4j.externalUri}); no embedded database is started.`);
  process.exit(0);
}
const db = await startEmbedded(cfg.neo4j);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
