// Test access to the real database started by scripts/vitest-setup.ts.
import { inject } from 'vitest';
import { createDb, type Db } from '../neo4j/client.ts';
import { loadConfig, type Config } from '../config.ts';

export function testConfig(): Config {
  const cfg = loadConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') });
  return {
    ...cfg,
    neo4j: { ...cfg.neo4j, user: inject('neo4jUser'), password: inject('neo4jPassword'), database: 'neo4j' },
  };
}

export function testDb(): Db {
  return createDb(testConfig().neo4j);
}

/** Empties the database (data only; schema stays). */
export async function wipe(db: Db): Promise<void> {
  const r = await db.run({ mode: 'WRITE', text: 'MATCH (n) DETACH DELETE n' });
  if (!r.ok) throw new Error(r.error.message);
}
