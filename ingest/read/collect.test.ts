import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from './collect.ts';

describe('readInputs', () => {
  it('reads a CSV with more rows than a call stack holds arguments', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'collect-'));
    const n = 300_000;
    const lines = ['id,from,type,to,article,quote'];
    for (let i = 0; i < n; i++) lines.push(`r-${i},a,X,b,art,q`);
    writeFileSync(path.join(dir, 'relations.csv'), lines.join('\n'));
    const parsed = readInputs([dir]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.relations).toHaveLength(n);
  }, 60_000);

  it('reports a missing path', () => {
    expect(readInputs(['/nonexistent/x.yaml']).problems[0]).toMatchObject({ message: 'no such file or folder' });
  });
});
