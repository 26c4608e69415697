import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../lib/config.ts';
import { loadSavedQueries, parseSavedQuery } from './saved.ts';

describe('parseSavedQuery', () => {
  it('reads title, description, params and strips the header', () => {
    const q = parseSavedQuery(
      'x',
      '// title: T\n// description: first part\n// description: second part\n// params: {"id": "kursk", "n": 3}\n// a normal comment\nMATCH (n) RETURN n',
    );
    expect(q).toEqual({
      id: 'x',
      title: 'T',
      description: 'first part second part',
      params: { id: 'kursk', n: 3 },
      text: '// a normal comment\nMATCH (n) RETURN n',
    });
  });
  it('requires a title and object params', () => {
    expect(() => parseSavedQuery('x', 'RETURN 1')).toThrow(/title/);
    expect(() => parseSavedQuery('x', '// title: T\n// params: [1]\nRETURN 1')).toThrow(/JSON object/);
  });
});

describe('cypher/queries', () => {
  it('every saved query file parses and has a description', () => {
    const all = loadSavedQueries(path.join(ROOT_DIR, 'cypher', 'queries'));
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const q of all) expect(q.description.length, q.id).toBeGreaterThan(10);
  });
});
