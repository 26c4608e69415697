// GET/PUT/DELETE /api/perspective against the real Neo4j: generated on the foreign fixture and on the story,
// stored per database, merged with new labels, bad bodies refused, the graph never written to.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../../lib/testing/db.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { FOREIGN_GRAPH, graphCounts, writeForeignGraph } from '../../lib/testing/foreign-graph.ts';
import { runIngest } from '../../ingest/index.ts';
import { ENTITY_TYPE_IDS } from '../../lib/model/domain.ts';
import { STORY_LOOK } from '../../lib/model/perspective-palette.ts';
import { PERSPECTIVE_CAPS, type Perspective, type PerspectiveAnswer } from '../../lib/model/perspective.ts';
import { buildServer } from '../app.ts';
import { int } from '../http/db.ts';
import { schemaFacts } from './facts.ts';
import { MAX_PERSPECTIVE_BYTES } from './schema.ts';

let db: Db;
let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  await writeForeignGraph(db);
  dir = await mkdtemp(path.join(tmpdir(), 'perspectives-int-'));
  app = await buildServer({ config: { ...testConfig(), perspectivesDir: dir }, db });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const call = async (method: 'GET' | 'PUT' | 'DELETE', body?: unknown) => {
  const r = await app.inject({
    method,
    url: '/api/perspective',
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: r.statusCode, body: r.json() as PerspectiveAnswer & { error?: { message: string } } };
};
const byLabel = (p: Perspective) => Object.fromEntries(p.categories.map((c) => [c.label, c]));

describe('the perspective of the foreign fixture', () => {
  it('is generated from the schema: one category per label, captioned by its name-like key', async () => {
    const before = await graphCounts(db);
    const r = await call('GET');
    expect(r.status).toBe(200);
    expect(r.body.stored).toBe(false);
    const cats = byLabel(r.body.perspective);
    expect(Object.keys(cats).sort()).toEqual([...FOREIGN_GRAPH.labels]);
    expect([cats.Vessel!.caption, cats.Company!.caption, cats.Port!.caption, cats.Shipowner!.caption]).toEqual([
      'vesselName',
      'legalName',
      'portName',
      'legalName',
    ]);
    expect(r.body.perspective.relationships.map((t) => t.type)).toEqual([...FOREIGN_GRAPH.relationshipTypes]);
    const vessel = r.body.schema.labels.find((l) => l.label === 'Vessel')!;
    expect(vessel).toMatchObject({ count: 3, sampled: true });
    expect(vessel.properties.find((p) => p.key === 'tonnage')!.kinds).toEqual(['number']);
    expect(vessel.properties.find((p) => p.key === 'built')!.kinds).toEqual(['temporal']);
    expect(r.body.schema.relationshipTypes.find((t) => t.type === 'OPERATED_BY')!.properties.map((p) => p.key)).toEqual(
      ['contract', 'since'],
    );
    expect((await call('GET')).body.perspective).toEqual(r.body.perspective);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('stores a PUT in one file named by the database id, and GET answers it', async () => {
    const generated = (await call('GET')).body.perspective;
    const edited: Perspective = {
      ...generated,
      categories: generated.categories.map((c) =>
        c.label === 'Vessel' ? { ...c, colour: '#123456', caption: 'imo', sizeBy: 'tonnage', shape: 'tag' } : c,
      ),
      relationships: generated.relationships.map((t) => (t.type === 'CALLED_AT' ? { ...t, hidden: true } : t)),
    };
    const put = await call('PUT', { perspective: edited });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ stored: true, perspective: edited });
    const got = await call('GET');
    expect(got.body).toMatchObject({ stored: true, added: [], perspective: edited });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const info = await db.run({ text: 'CALL db.info() YIELD id RETURN id' });
    expect(files[0]).toBe(`${info.ok ? String(info.value.records[0]!.get('id')) : '?'}.json`);
    expect(JSON.parse(await readFile(path.join(dir, files[0]!), 'utf8')).perspective).toEqual(edited);
  });

  it('merges the stored one with labels the schema gained, keeping the stored entries', async () => {
    const stored = (await call('GET')).body.perspective;
    const withoutPort = { ...stored, categories: stored.categories.filter((c) => c.label !== 'Port') };
    await call('PUT', { perspective: withoutPort });
    const r = await call('GET');
    expect(r.body.stored).toBe(true);
    expect(r.body.added).toEqual(['Port']);
    expect(r.body.perspective.categories.slice(0, 3)).toEqual(withoutPort.categories);
    expect(byLabel(r.body.perspective).Port!.caption).toBe('portName');
  });

  it.each([
    ['a wrong version', (p: Perspective) => ({ ...p, version: 2 })],
    ['a bad colour', (p: Perspective) => ({ ...p, categories: [{ ...p.categories[0]!, colour: 'red' }] })],
    ['an unknown shape', (p: Perspective) => ({ ...p, categories: [{ ...p.categories[0]!, shape: 'star' }] })],
    ['an internal label', (p: Perspective) => ({ ...p, categories: [{ ...p.categories[0]!, label: 'ExplorerMeta' }] })],
    ['a label twice', (p: Perspective) => ({ ...p, categories: [p.categories[0]!, p.categories[0]!] })],
    ['an unknown key', (p: Perspective) => ({ ...p, categories: [{ ...p.categories[0]!, html: '<b>' }] })],
    ['no categories', (p: Perspective) => ({ version: p.version, relationships: p.relationships })],
  ])('refuses %s with 400 and keeps the stored one', async (_, spoil) => {
    const before = (await call('GET')).body.perspective;
    const r = await call('PUT', { perspective: spoil(before) });
    expect(r.status).toBe(400);
    expect(r.body.error!.message).toMatch(/invalid/);
    expect((await call('GET')).body.perspective).toEqual(before);
  });

  it('refuses a body over the size cap (413) and too many categories (400)', async () => {
    const p = (await call('GET')).body.perspective;
    const huge = { ...p, relationships: [{ type: 'X'.repeat(MAX_PERSPECTIVE_BYTES), caption: null, hidden: false }] };
    expect((await call('PUT', { perspective: huge })).status).toBe(413);
    const many = Array.from({ length: PERSPECTIVE_CAPS.categories + 1 }, (_, i) => ({
      ...p.categories[0]!,
      label: `L${i}`,
    }));
    expect((await call('PUT', { perspective: { ...p, categories: many } })).status).toBe(400);
  });

  it('DELETE goes back to the generated perspective and removes the file', async () => {
    const r = await call('DELETE');
    expect(r.status).toBe(200);
    expect(r.body.stored).toBe(false);
    expect(byLabel(r.body.perspective).Vessel!.colour).not.toBe('#123456');
    expect(await readdir(dir)).toEqual([]);
    expect((await call('GET')).body.stored).toBe(false);
  });
});

describe('bounded schema facts', () => {
  it('samples at most sampleSize nodes of a label, and nothing once the time budget is spent', async () => {
    const w = await db.run({
      mode: 'WRITE',
      text: 'UNWIND range(1, 150) AS i CREATE (n:Bulk) SET n["k" + i] = i',
    });
    if (!w.ok) throw new Error(w.error.message);
    try {
      const r = await db.run({
        name: 'perspective-label-sample',
        params: { label: 'Bulk', limit: int(PERSPECTIVE_CAPS.sampleSize), keys: int(1000) },
      });
      expect(r.ok && r.value.records.length).toBe(PERSPECTIVE_CAPS.sampleSize);
      const none = await schemaFacts(db, { timeoutMs: 1_000, budgetMs: 0 });
      expect(none.labels.every((l) => !l.sampled && l.properties.length === 0)).toBe(true);
      expect(none.labels.find((l) => l.label === 'Bulk')!.count).toBe(150);
    } finally {
      await db.run({ mode: 'WRITE', text: 'MATCH (n:Bulk) DELETE n' });
    }
  });
});

describe('the perspective of the story', () => {
  it('is the entity types (and articles) with the look the explorer always gave them', async () => {
    await wipe(db);
    const report = await runIngest(db, { paths: [testConfig().dataDir] });
    if (!report.ok) throw new Error('ingest failed');
    const r = await call('GET');
    const labels = r.body.perspective.categories.map((c) => c.label);
    expect(labels).toContain('Article');
    expect(labels.filter((l) => l !== 'Article').every((l) => ENTITY_TYPE_IDS.includes(l))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const c of r.body.perspective.categories) {
      expect({ colour: c.colour, shape: c.shape }).toEqual(STORY_LOOK[c.label]);
      expect(c.caption).toBe(c.label === 'Article' ? 'title' : 'name');
    }
    expect(r.body.perspective.relationships.map((t) => t.type)).toContain('MENTIONS');
  });
});
