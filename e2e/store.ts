// The database the e2e stack runs on (scripts/e2e-server.ts) and the specs write probes into:
// TEST_NEO4J_URI when `npm test` started one, else the e2e server's own throwaway store.
import { testNeo4jConfig, type Neo4jConfig } from '../lib/config.ts';

export const E2E_STORE = { name: 'e2e', port: 7688, heap: '2g', pageCache: '512m' };

export function e2eNeo4j(): Neo4jConfig {
  return testNeo4jConfig(process.env, E2E_STORE);
}
