import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.ts';
import { createViewStore, type ViewQuota } from './store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'views-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('view store', () => {
  it('puts, lists, gets and removes views, leaving no temp files', async () => {
    const store = createViewStore(path.join(dir, 'nested'), roomy);
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

  it('refuses a hand-written file nested too deep, and lists around it', async () => {
    await writeFile(path.join(dir, 'deep.json'), `{"version":1,"nodes":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    await store().put('fine', view);
    await expect(store().get('deep')).rejects.toThrow(/nests too deep/);
    expect((await store().list()).map((v) => v.name)).toEqual(['fine']);
  });
});

const view = { version: 1, nodes: ['kursk'] };
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'saved',
    (e: unknown) => (e instanceof HttpError ? e.code : String(e)),
  );

describe('view quota', () => {
  it('refuses a new view once maxViews exist, but overwrites and frees a slot on delete', async () => {
    const s = store({ maxViews: 2, maxViewBytes: 1024 });
    await s.put('a', view);
    await s.put('b', view);
    const over = await s.put('c', view).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(HttpError);
    expect(over).toMatchObject({
      statusCode: 409,
      code: 'ViewQuota',
      message: 'at most 2 saved views; delete one first',
    });
    expect(await readdir(dir)).toEqual(['a.json', 'b.json']);
    await s.put('b', { ...view, nodes: ['b2'] });
    expect((await s.get('b'))?.view.nodes).toEqual(['b2']);
    expect(await s.remove('a')).toBe(true);
    expect(await codeOf(s.put('c', view))).toBe('saved');
  });

  it('does not overshoot under concurrent puts (check and write are serialised)', async () => {
    const s = store({ maxViews: 5, maxViewBytes: 1024 });
    // Two stores on one folder share the lock, as two apps in one process would.
    const other = store({ maxViews: 5, maxViewBytes: 1024 });
    const names = Array.from({ length: 30 }, (_, i) => `v${i}`);
    const codes = await Promise.all(names.map((n, i) => codeOf((i % 2 ? other : s).put(n, view))));
    expect(codes.filter((c) => c === 'saved')).toHaveLength(5);
    expect(codes.filter((c) => c === 'ViewQuota')).toHaveLength(25);
    expect((await readdir(dir)).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a view over maxViewBytes without writing it', async () => {
    const s = store({ maxViews: 5, maxViewBytes: 100 });
    expect(await codeOf(s.put('big', { version: 1, nodes: ['x'.repeat(200)] }))).toBe('ViewTooLarge');
    expect(await readdir(dir)).toEqual([]);
  });
});

const roomy: ViewQuota = { maxViews: 100, maxViewBytes: 1024 * 1024 };
const store = (quota: ViewQuota = roomy) => createViewStore(dir, quota);
