// The perspective file store and its validation, on a real temporary folder.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatePerspective } from '../../lib/model/perspective-generate.ts';
import type { Perspective } from '../../lib/model/perspective.ts';
import { perspectiveBody, perspectiveSchema } from './schema.ts';
import { createPerspectiveStore, MAX_PERSPECTIVE_FILES } from './store.ts';

const P: Perspective = generatePerspective({
  labels: [{ label: 'Vessel', count: 3, properties: [{ key: 'vesselName', kinds: ['string'] }], sampled: true }],
  relationshipTypes: [{ type: 'CALLED_AT', count: 5, properties: [], sampled: true }],
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'perspective-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('perspectiveSchema', () => {
  it('accepts a generated perspective and refuses what is not one', () => {
    expect(perspectiveSchema.safeParse(P).success).toBe(true);
    expect(perspectiveBody.safeParse({ perspective: P }).success).toBe(true);
    const bad = [
      { ...P, version: 2 },
      { ...P, extra: 1 },
      { ...P, categories: [{ ...P.categories[0]!, colour: '#12345' }] },
      { ...P, categories: [{ ...P.categories[0]!, label: 'Entity' }] },
      { ...P, categories: [{ ...P.categories[0]!, caption: '' }] },
      { ...P, relationships: [P.relationships[0]!, P.relationships[0]!] },
      { ...P, relationships: [{ type: 'T', caption: null }] },
    ];
    for (const b of bad) expect(perspectiveSchema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
});

describe('createPerspectiveStore', () => {
  it('writes one file per database atomically, reads it back and removes it', async () => {
    const store = createPerspectiveStore(dir);
    expect(await store.get('abc')).toBeUndefined();
    await store.put('abc', P);
    expect(await readdir(dir)).toEqual(['abc.json']);
    expect(await store.get('abc')).toMatchObject({ ok: true, perspective: P });
    expect(await store.remove('abc')).toBe(true);
    expect(await store.remove('abc')).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a hand-edited file that is not a perspective instead of answering it', async () => {
    await writeFile(path.join(dir, 'abc.json'), JSON.stringify({ perspective: { ...P, version: 7 } }));
    expect(await store().get('abc')).toMatchObject({ ok: false });
    await writeFile(path.join(dir, 'abc.json'), '{not json');
    expect(await store().get('abc')).toEqual({ ok: false, error: 'not JSON' });
  });

  it('refuses a new database beyond the quota but always overwrites an existing one', async () => {
    const s = store();
    for (let i = 0; i < MAX_PERSPECTIVE_FILES; i++) await writeFile(path.join(dir, `db${i}.json`), '{}');
    await expect(s.put('one-more', P)).rejects.toMatchObject({ statusCode: 409 });
    await expect(s.put('db0', P)).resolves.toMatchObject({ updated: expect.any(String) });
  });

  it('refuses database ids that are not file-name safe', async () => {
    await expect(store().put('../x', P)).rejects.toThrow(/invalid database id/);
  });
});

const store = () => createPerspectiveStore(dir);
