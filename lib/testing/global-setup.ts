// Integration tests run against a real Neo4j: TEST_NEO4J_URI if given (scripts/test.ts
// starts one), else a throwaway embedded instance on its own port and store.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, ROOT_DIR } from '../config.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../../neo4j/embedded.ts';

let embedded: EmbeddedNeo4j | undefined;

export default async function setup(project: TestProject) {
  let uri = process.env.TEST_NEO4J_URI;
  const base = loadConfig();
  if (!uri) {
    const port = Number(process.env.TEST_NEO4J_PORT ?? 7689);
    const homeDir = path.join(ROOT_DIR, '.data', `neo4j-vitest-${port}`);
    rmSync(homeDir, { recursive: true, force: true });
    embedded = await startEmbedded(
      { ...base.neo4j, homeDir, boltPort: port, heap: '2g', pageCache: '512m' },
      { log: () => undefined },
    );
    uri = embedded.uri;
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', process.env.TEST_NEO4J_USER ?? base.neo4j.user);
  project.provide('neo4jPassword', process.env.TEST_NEO4J_PASSWORD ?? base.neo4j.password);
  return async () => {
    await embedded?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}
