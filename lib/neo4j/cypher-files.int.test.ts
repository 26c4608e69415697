// Every query file the app runs compiles on the real Neo4j (EXPLAIN plans without running), so a syntax error
// or a bad macro expansion fails here with Neo4j's own message, not as a 500 "QueryFailed" in some route.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../testing/db.ts';
import { ROOT_DIR } from '../config.ts';
import { cypher, statements } from './cypher.ts';

const db = testDb();
afterAll(() => db.close());

const names = readdirSync(path.join(ROOT_DIR, 'cypher'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

describe('cypher/*.cypher', () => {
  it.each(names)('%s compiles', async (name) => {
    for (const text of statements(cypher(name))) {
      // Schema and write statements are planned too; EXPLAIN never executes them.
      const r = await db.run({ text: `EXPLAIN ${text}`, mode: 'WRITE' });
      expect(r.ok ? 'ok' : r.error.message, name).toBe('ok');
    }
  });
});
