// Integration tests run against a real Neo4j: TEST_NEO4J_URI if given (scripts/test.ts
// starts one), else a throwaway embedded instance on its own port and store.
import type { TestProject } from 'vitest/node';
import { testNeo4jConfig } from '../lib/config.ts';
import { openNeo4j } from '../neo4j/open.ts';

export default async function setup(project: TestProject) {
  const store = { name: 'vitest', port: 7689, heap: '2g', pageCache: '512m' };
  const opened = await openNeo4j(testNeo4jConfig(process.env, store), { fresh: true, log: () => undefined });
  project.provide('neo4jUri', opened.neo4j.uri);
  project.provide('neo4jUser', opened.neo4j.user);
  project.provide('neo4jPassword', opened.neo4j.password);
  return () => opened.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}
