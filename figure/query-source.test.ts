import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import { listSavedQueries, resolveQuery } from './query-source.ts';

const queries = path.join(ROOT_DIR, 'cypher', 'queries');

describe('resolveQuery', () => {
  it('reads a saved report query by its name, with its title header', () => {
    const r = resolveQuery('troop-figures', queries);
    expect('error' in r).toBe(false);
    if ('error' in r) return;
    expect(r.file).toBe('troop-figures.cypher');
    expect(r.text).toMatch(/^MATCH \(a:Entity\)-\[r\]->\(b:Entity\)/m);
    expect(r.title).toBe('Who claims how many North Korean troops, and when');
  });

  it('reads name.cypher and a path to any .cypher file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'query-source-'));
    const file = path.join(dir, 'mine.cypher');
    writeFileSync(file, '// title: Mine\nMATCH (n) RETURN n LIMIT 1\n');
    expect(resolveQuery('denials.cypher', queries)).toMatchObject({ file: 'denials.cypher' });
    expect(resolveQuery(file, queries)).toMatchObject({ file: 'mine.cypher', title: 'Mine' });
  });

  it('refuses an unknown name instead of sending it to Neo4j as Cypher, and lists the saved ones', () => {
    const r = resolveQuery('troop-figurez', queries);
    expect(r).toHaveProperty('error');
    if (!('error' in r)) return;
    expect(r.error).toContain('no saved query named "troop-figurez"');
    expect(r.error).toContain('troop-figures');
  });

  it('passes Cypher text through unchanged', () => {
    const q = 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 5';
    expect(resolveQuery(q, queries)).toEqual({ text: q });
  });

  it('lists the saved queries by name', () => {
    expect(listSavedQueries(queries)).toContain('conflicting-figures');
    expect(listSavedQueries(path.join(queries, 'nope'))).toEqual([]);
  });
});
