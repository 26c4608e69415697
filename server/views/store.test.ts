import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createViewStore } from './store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'views-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('view store', () => {
  it('puts, lists, gets and removes views, leaving no temp files', async () => {
    const store = createViewStore(path.join(dir, 'nested'));
    expect(await store.list()).toEqual([]);
    const saved = await store.put('Kursk troops', { version: 1, nodes: ['kursk'] });
    await store.put('alpha', { version: 1, nodes: [] });
    expect((await store.list()).map((v) => v.name)).toEqual(['alpha', 'Kursk troops']);
    expect(await store.get('Kursk troops')).toEqual({ ...saved, view: { version: 1, nodes: ['kursk'] } });
    expect(await readdir(path.join(dir, 'nested'))).toEqual(['Kursk troops.json', 'alpha.json'].sort());
    expect(await store.remove('alpha')).toBe(true);
    expect(await store.remove('alpha')).toBe(false);
    expect(await store.get('alpha')).toBeUndefined();
  });

  it('reads a bare view written by another tool', async () => {
    await writeFile(path.join(dir, 'hand.json'), JSON.stringify({ version: 1, nodes: ['a'] }));
    const v = await store().get('hand');
    expect(v?.view).toEqual({ version: 1, nodes: ['a'] });
    expect(v?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses names that could escape the folder', async () => {
    await expect(store().put('../evil', { version: 1, nodes: [] })).rejects.toThrow(/invalid view name/);
  });
});

const store = () => createViewStore(dir);
