// Every API endpoint against a real Neo4j loaded with data/ by the real ingest.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';
import type { Bundle, Claim, ClaimsPage, Entity } from '../lib/model/wire.ts';
import { RESPONSE_BUDGET } from '../lib/model/wire.ts';
import { bundleOf } from '../lib/model/bundle.ts';

let db: Db;
let app: FastifyInstance;
let viewsDir: string;

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  expect(r.body.length).toBeLessThanOrEqual(RESPONSE_BUDGET);
  return { status: r.statusCode, body: r.json() };
};

/** Every claim behind a claims query, walking its pages. */
async function allClaims(query: string): Promise<Claim[]> {
  const out: Claim[] = [];
  for (let skip = 0; ;) {
    const page = (await get(`/api/claims?${query}&skip=${skip}&limit=100`)).body as ClaimsPage;
    out.push(...page.claims);
    skip += page.claims.length;
    if (skip >= page.total || page.claims.length === 0) return out;
  }
}

const bundleClaims = (b: Pick<Bundle, 'id'>) => allClaims(`bundle=${encodeURIComponent(b.id)}`);
const other = (b: Bundle, id: string) => (b.source === id ? b.target : b.source);

/** A direct Cypher count, the ground truth the API is compared with. */
async function count(text: string, params: Record<string, unknown> = {}): Promise<number> {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(r.error.message);
  return Number(r.value.records[0]!.get(0));
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const report = await runIngest(db, { paths: [testConfig().dataDir] });
  if (!report.ok) throw new Error(`ingest failed: ${JSON.stringify(report).slice(0, 2000)}`);
  viewsDir = await mkdtemp(path.join(tmpdir(), 'views-int-'));
  app = await buildServer({ config: { ...testConfig(), viewsDir }, db });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(viewsDir, { recursive: true, force: true });
});

describe('health', () => {
  it('reports the Neo4j version', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect(r.body.neo4j.serverVersion).toMatch(/^Neo4j\/5\./);
  });
});

describe('search', () => {
  it.each([
    ['Koersk', 'kursk'],
    ['Poetin', 'vladimir-putin'],
    ['Kursj', 'kursk'],
    ['Oekraine', 'ukraine'],
    ['noord korea', 'north-korea'],
    ['Rute', 'mark-rutte'],
    ['kim jong', 'kim-jong-un'],
  ])('%j finds %s first', async (q, id) => {
    const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    expect(r.body.results[0]?.id).toBe(id);
    expect(r.body.results[0]).toMatchObject({
      name: expect.any(String),
      type: expect.any(String),
      score: expect.any(Number),
    });
    expect(Array.isArray(r.body.results[0].aliases)).toBe(true);
  });

  it('treats Lucene syntax as plain text', async () => {
    const r = await get(`/api/search?q=${encodeURIComponent('kursk) OR name:* AND "~')}`);
    expect(r.status).toBe(200);
    const all = await get(`/api/search?q=${encodeURIComponent('*:*')}`);
    expect(all.body.results).toEqual([]);
  });

  it('caps the limit and rejects bad input', async () => {
    expect((await get('/api/search?q=russia&limit=2')).body.results.length).toBeLessThanOrEqual(2);
    expect((await get('/api/search?q=a&limit=51')).status).toBe(400);
    const empty = await get('/api/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('BadRequest');
    expect((await get('/api/search')).status).toBe(400);
  });
});

describe('seed', () => {
  it('returns the key actors and every bundle among them, largest first, pinned to bundleOf', async () => {
    const r = await get('/api/seed');
    expect(r.status).toBe(200);
    const ids = (r.body.nodes as Entity[]).map((n) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(ids.length).toBeLessThanOrEqual(20);
    expect(ids).toEqual(expect.arrayContaining(['north-korea', 'russia', 'kursk']));
    const among = await count(
      "MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids AND type(r) <> 'MENTIONS' RETURN count(r)",
      { ids },
    );
    const bundles = r.body.bundles as Bundle[];
    expect(r.body.omittedBundles).toBe(0);
    expect(bundles.reduce((s, b) => s + b.count, 0)).toBe(among);
    expect(bundles.map((b) => b.count)).toEqual([...bundles.map((b) => b.count)].sort((x, y) => y - x));
    for (const b of bundles) {
      expect(ids).toEqual(expect.arrayContaining([b.source, b.target]));
      // The server's aggregation equals the in-memory one on the same bundle's full claim list.
      expect(b).toEqual(bundleOf(await bundleClaims(b)));
    }
  });

  it('caps the bundles at maxBundles, largest first, and counts the rest', async () => {
    const all = (await get('/api/seed')).body.bundles as Bundle[];
    const r = await get('/api/seed?maxBundles=3');
    expect((r.body.bundles as Bundle[]).map((b) => b.id)).toEqual(all.slice(0, 3).map((b) => b.id));
    expect(r.body.omittedBundles).toBe(all.length - 3);
  });
});

describe('north-korea → SENDS_TROOPS_TO → russia', () => {
  it('is one bundle of 10 claims from 3 outlets, with every troop figure and its claimant', async () => {
    const r = await get('/api/graph?ids=north-korea,russia');
    const b = (r.body.bundles as Bundle[]).find((x) => x.id === 'north-korea|SENDS_TROOPS_TO|russia')!;
    expect(b.count).toBe(10);
    expect(b.outletCount).toBe(3);
    expect(b.claims).toHaveLength(10);
    const troops = b.figures.find((f) => f.key === 'troops')!;
    expect(troops.values.map((v) => v.value)).toEqual(expect.arrayContaining([1500, 3000, 10000, 11000]));
    for (const v of troops.values) expect(v.claimants.length).toBeGreaterThan(0);
    for (const c of b.claims) {
      expect(c.article?.id).toEqual(expect.any(String));
      expect(c.article?.outlet).toEqual(expect.any(String));
      expect(c.quote).toEqual(expect.any(String));
    }
    expect(b.claims.some((c) => c.claimant !== null && c.date !== null)).toBe(true);
    // "ten minste 1500": a bound, stored by ingest and read back as one.
    const atLeast = b.claims.find((c) => c.id === 'nk-troops-russia-1500-anp')!;
    expect(atLeast).toMatchObject({ figures: { troops: 1500 }, figureQualifiers: { troops: 'at-least' } });
    expect(b.claims.filter((c) => c.figureQualifiers).map((c) => c.id)).toEqual(['nk-troops-russia-1500-anp']);
  });
});

describe('entities/:id', () => {
  it('returns the entity, degree per type and direction, claim count and mentions by article', async () => {
    const r = await get('/api/entities/kursk');
    expect(r.status).toBe(200);
    expect(r.body.entity).toMatchObject({ id: 'kursk', name: 'Kursk', type: 'Place' });
    const expected = await count(
      "MATCH (e:Entity {id: 'kursk'})-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' RETURN count(DISTINCT r)",
    );
    expect(r.body.claimCount).toBe(expected);
    const degree = r.body.degree as { type: string; direction: 'out' | 'in'; count: number }[];
    expect(degree.reduce((s, d) => s + d.count, 0)).toBe(expected);
    for (const d of degree) {
      const q =
        d.direction === 'out'
          ? "MATCH (e:Entity {id: 'kursk'})-[r]->(:Entity) WHERE type(r) = $t RETURN count(r)"
          : "MATCH (e:Entity {id: 'kursk'})<-[r]-(:Entity) WHERE type(r) = $t RETURN count(r)";
      expect(d.count).toBe(await count(q, { t: d.type }));
    }
    expect(r.body.mentions.length).toBeGreaterThan(0);
    expect(r.body.mentionCount).toBeGreaterThanOrEqual(r.body.mentions.length);
    expect(r.body.mentions[0]).toMatchObject({
      article: { id: expect.any(String), title: expect.any(String) },
      count: expect.any(Number),
    });
  });

  it('404 for an unknown id, 400 for a malformed one', async () => {
    const missing = await get('/api/entities/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NotFound');
    expect((await get('/api/entities/Bad_Id')).status).toBe(400);
  });
});

describe('claims', () => {
  it('pages every claim touching an entity, with its evidence', async () => {
    const claims = await allClaims('entity=kursk');
    const expected = await count(
      "MATCH (e:Entity {id: 'kursk'})-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' RETURN count(DISTINCT r)",
    );
    expect(claims.length).toBe(expected);
    expect(new Set(claims.map((c) => c.id)).size).toBe(expected);
    expect(claims.every((c) => c.source === 'kursk' || c.target === 'kursk')).toBe(true);
    expect(claims.some((c) => c.source === 'kursk') && claims.some((c) => c.target === 'kursk')).toBe(true);
    const troops = claims.find((c) => c.id === 'nk-troops-kursk-rutte-nos');
    expect(troops).toMatchObject({
      type: 'SENDS_TROOPS_TO',
      source: 'north-korea',
      target: 'kursk',
      status: 'confirmed',
      date: '2024-10-28',
      dateText: '2024-10-28',
      claimant: { id: 'mark-rutte', name: expect.any(String) },
      article: { id: 'nos-2024-10-28-rutte-nk-troops-kursk', title: expect.any(String), outlet: 'NOS Nieuws' },
    });
    expect(troops?.quote).toContain('Koersk');
  });

  it('carries figures as numbers', async () => {
    const withTroops = (await allClaims('entity=north-korea')).filter((c) => c.figures.troops !== undefined);
    expect(withTroops.map((c) => c.figures.troops)).toEqual(expect.arrayContaining([11000, 3000, 1500]));
  });

  it('filters by direction and type, and validates', async () => {
    const out = await allClaims('entity=north-korea&direction=out&types=SENDS_TROOPS_TO');
    expect(out.length).toBe(
      await count("MATCH (:Entity {id: 'north-korea'})-[r:SENDS_TROOPS_TO]->(:Entity) RETURN count(r)"),
    );
    expect(out.every((c) => c.source === 'north-korea' && c.type === 'SENDS_TROOPS_TO')).toBe(true);
    expect((await get('/api/claims?entity=kursk&limit=101')).status).toBe(400);
    expect((await get('/api/claims')).status).toBe(400);
    expect((await get('/api/claims?bundle=nope')).status).toBe(400);
  });
});

describe('expand/:id', () => {
  it('lists neighbours over claims with a total, including kursk with a troops bundle', async () => {
    const r = await get('/api/expand/north-korea?limit=100');
    expect(r.status).toBe(200);
    expect(r.body.center.id).toBe('north-korea');
    const total = await count(
      "MATCH (c:Entity {id: 'north-korea'})-[r]-(n:Entity) WHERE n <> c AND type(r) <> 'MENTIONS' RETURN count(DISTINCT n)",
    );
    expect(r.body.total).toBe(total);
    expect(r.body.returned).toBe(total);
    const ids = (r.body.nodes as Entity[]).map((n) => n.id);
    expect(ids).toContain('kursk');
    expect(ids).not.toContain('north-korea');
    const bundles = r.body.bundles as Bundle[];
    expect(bundles.some((b) => b.id === 'north-korea|SENDS_TROOPS_TO|kursk')).toBe(true);
    const claims = await count(
      "MATCH (c:Entity {id: 'north-korea'})-[r]-(n:Entity) WHERE n <> c AND type(r) <> 'MENTIONS' RETURN count(DISTINCT r)",
    );
    expect(bundles.reduce((s, b) => s + b.count, 0)).toBe(claims);
  });

  it('pages with limit/skip while total stays the number of all neighbours', async () => {
    const first = await get('/api/expand/north-korea?limit=3');
    const second = await get('/api/expand/north-korea?limit=3&skip=3');
    expect(first.body.returned).toBe(3);
    expect(first.body.total).toBeGreaterThan(6);
    expect(second.body.total).toBe(first.body.total);
    const a = (first.body.nodes as Entity[]).map((n) => n.id);
    const b = (second.body.nodes as Entity[]).map((n) => n.id);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    // The most connected neighbour comes first.
    expect(a[0]).toBe('russia');
    for (const x of first.body.bundles as Bundle[]) expect(a).toContain(other(x, 'north-korea'));
  });

  it('filters by relationship types and direction, matching direct Cypher', async () => {
    // Ground truth from the database itself, so the check holds whatever types the ingest wrote.
    const r = await db.run({
      text: "MATCH (c:Entity {id: 'north-korea'})-[r]->(n:Entity) WHERE n <> c RETURN type(r) AS t, count(DISTINCT n) AS n ORDER BY n DESC, t LIMIT 1",
    });
    if (!r.ok) throw new Error(r.error.message);
    const type = r.value.records[0]!.get('t') as string;
    const outCount = Number(r.value.records[0]!.get('n'));
    const out = await get(`/api/expand/north-korea?types=${type}&direction=out&limit=100`);
    expect(out.status).toBe(200);
    expect(out.body.total).toBe(outCount);
    expect(out.body.returned).toBe(outCount);
    expect((out.body.bundles as Bundle[]).length).toBe(outCount);
    expect((out.body.bundles as Bundle[]).every((e) => e.type === type && e.source === 'north-korea')).toBe(true);

    const inCount = await count(
      "MATCH (c:Entity {id: 'north-korea'})<-[r]-(n:Entity) WHERE n <> c AND type(r) IN $types RETURN count(DISTINCT n)",
      { types: [type] },
    );
    const incoming = await get(`/api/expand/north-korea?types=${type}&direction=in&limit=100`);
    expect(incoming.body.total).toBe(inCount);
    expect((incoming.body.bundles as Bundle[]).every((e) => e.type === type && e.target === 'north-korea')).toBe(true);

    const none = await get('/api/expand/north-korea?types=NO_SUCH_TYPE');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ total: 0, returned: 0, nodes: [], bundles: [] });
  });

  it('validates its parameters', async () => {
    expect((await get('/api/expand/north-korea?types=sends troops')).status).toBe(400);
    expect((await get("/api/expand/north-korea?types=A')%20RETURN%201//")).status).toBe(400);
    expect((await get('/api/expand/north-korea?direction=up')).status).toBe(400);
    expect((await get('/api/expand/north-korea?limit=101')).status).toBe(400);
    expect((await get('/api/expand/north-korea?skip=-1')).status).toBe(400);
    expect((await get('/api/expand/nowhere')).status).toBe(404);
  });
});

describe('graph', () => {
  it('returns the given entities and every bundle among them', async () => {
    const ids = ['north-korea', 'russia', 'kursk'];
    const r = await get(`/api/graph?ids=${ids.join(',')}`);
    expect(r.status).toBe(200);
    expect((r.body.nodes as Entity[]).map((n) => n.id).sort()).toEqual([...ids].sort());
    const among = await count(
      "MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids AND type(r) <> 'MENTIONS' RETURN count(r)",
      { ids },
    );
    expect((r.body.bundles as Bundle[]).reduce((s, b) => s + b.count, 0)).toBe(among);
    expect(among).toBeGreaterThan(10);
    expect(r.body.next).toBeNull();
  });

  it('reports ids that no longer exist and accepts a POST body for long lists', async () => {
    const r = await get('/api/graph?ids=kursk,gone-entity');
    expect(r.body.missing).toEqual(['gone-entity']);
    const post = await app.inject({ method: 'POST', url: '/api/graph', payload: { ids: ['kursk', 'russia'] } });
    expect(post.statusCode).toBe(200);
    expect(post.json().nodes.length).toBe(2);
    expect(post.json().bundles).toEqual((await get('/api/graph?ids=kursk,russia')).body.bundles);
  });

  it('rejects bad and too many ids', async () => {
    expect((await get('/api/graph')).status).toBe(400);
    expect((await get('/api/graph?ids=kursk,NOT%20AN%20ID')).status).toBe(400);
    const many = Array.from({ length: 5001 }, (_, i) => `e${i}`);
    const r = await app.inject({ method: 'POST', url: '/api/graph', payload: { ids: many } });
    expect(r.statusCode).toBe(400);
  });
});

describe('paths', () => {
  it('finds all shortest paths over claims, ignoring direction, one whole bundle per hop', async () => {
    const r = await get('/api/paths?from=vladimir-putin&to=kursk');
    expect(r.status).toBe(200);
    const paths = r.body.paths as { nodes: Entity[]; bundles: Bundle[] }[];
    expect(paths.length).toBeGreaterThan(0);
    const len = paths[0]!.bundles.length;
    for (const p of paths) {
      expect(p.nodes[0]!.id).toBe('vladimir-putin');
      expect(p.nodes.at(-1)!.id).toBe('kursk');
      expect(p.bundles.length).toBe(len);
      expect(p.nodes.length).toBe(len + 1);
      for (const b of p.bundles) {
        expect(b.claims.every((c) => c.article === null || typeof c.article.id === 'string')).toBe(true);
        expect(b.count).toBe(
          await count('MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $y RETURN count(r)', {
            s: b.source,
            t: b.target,
            y: b.type,
          }),
        );
      }
    }
    const shortest = await count(
      "MATCH (a:Entity {id: 'vladimir-putin'}), (b:Entity {id: 'kursk'}) MATCH p = shortestPath((a)-[*..10]-(b)) WHERE all(n IN nodes(p) WHERE n:Entity) RETURN length(p)",
    );
    expect(len).toBe(shortest);
  });

  it('returns no paths when they are longer than max, and validates input', async () => {
    const far = await get('/api/paths?from=vladimir-putin&to=kursk&max=1');
    expect(far.body.paths).toEqual([]);
    expect((await get('/api/paths?from=kursk&to=kursk')).status).toBe(400);
    expect((await get('/api/paths?from=kursk&to=russia&max=11')).status).toBe(400);
    expect((await get('/api/paths?from=kursk')).status).toBe(400);
    expect((await get('/api/paths?from=kursk&to=atlantis')).status).toBe(404);
  });
});

describe('articles', () => {
  it('pages the articles with a total and returns one with its text', async () => {
    const list = await get('/api/articles');
    expect(list.status).toBe(200);
    const total = await count('MATCH (a:Article) RETURN count(a)');
    expect(list.body.total).toBe(total);
    expect(list.body.articles.length).toBe(total);
    const first = list.body.articles[0];
    expect(first).toMatchObject({ id: expect.any(String), title: expect.any(String), outlet: expect.any(String) });
    const page = await get('/api/articles?skip=1&limit=2');
    expect(page.body.articles.map((a: { id: string }) => a.id)).toEqual(
      list.body.articles.slice(1, 3).map((a: { id: string }) => a.id),
    );
    const one = await get(`/api/articles/nos-2024-10-28-rutte-nk-troops-kursk`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: 'nos-2024-10-28-rutte-nk-troops-kursk',
      language: 'nl',
      outlet: 'NOS Nieuws',
    });
    expect(one.body.text).toContain('Koersk');
    expect((await get('/api/articles/no-such-article')).status).toBe(404);
  });
});

describe('schema', () => {
  it('matches direct Cypher counts', async () => {
    const r = await get('/api/schema');
    expect(r.status).toBe(200);
    const labels = r.body.labels as { label: string; count: number }[];
    expect(labels.find((l) => l.label === 'Entity')?.count).toBe(await count('MATCH (n:Entity) RETURN count(n)'));
    expect(labels.find((l) => l.label === 'Article')?.count).toBe(await count('MATCH (n:Article) RETURN count(n)'));
    expect(labels.find((l) => l.label === 'Country')?.count).toBe(await count('MATCH (n:Country) RETURN count(n)'));
    // The app's bookkeeping (the ingest version marker) is not listed as the user's schema.
    expect(await count('MATCH (n:ExplorerMeta) RETURN count(n)')).toBe(1);
    expect(labels.map((l) => l.label)).not.toContain('ExplorerMeta');
    const types = r.body.relationshipTypes as { type: string; count: number }[];
    expect(types.reduce((s, t) => s + t.count, 0)).toBe(await count('MATCH ()-[r]->() RETURN count(r)'));
    expect(types.find((t) => t.type === 'MENTIONS')?.count).toBe(
      await count('MATCH ()-[r:MENTIONS]->() RETURN count(r)'),
    );
    expect(types.length).toBe(await count('MATCH ()-[r]->() RETURN count(DISTINCT type(r))'));
    expect(r.body.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'quote', 'figureKeys', 'troops']));
  });
});

describe('views', () => {
  const view = { version: 1, nodes: [{ id: 'kursk', x: 1, y: 2 }], layout: 'fcose' };

  it('creates, lists, reads, overwrites and deletes saved views', async () => {
    const put = await app.inject({ method: 'PUT', url: '/api/views/Kursk%20troops', payload: { view } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ name: 'Kursk troops', updated: expect.stringMatching(/^\d{4}-/) });
    expect((await get('/api/views')).body.views.map((v: { name: string }) => v.name)).toEqual(['Kursk troops']);
    const read = await get('/api/views/Kursk%20troops');
    expect(read.body).toMatchObject({ name: 'Kursk troops', view });
    const again = await app.inject({
      method: 'PUT',
      url: '/api/views/Kursk%20troops',
      payload: { view: { ...view, layout: 'dagre' } },
    });
    expect(again.statusCode).toBe(200);
    expect((await get('/api/views/Kursk%20troops')).body.view.layout).toBe('dagre');
    expect((await app.inject({ method: 'DELETE', url: '/api/views/Kursk%20troops' })).statusCode).toBe(200);
    expect((await get('/api/views/Kursk%20troops')).status).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: '/api/views/Kursk%20troops' })).statusCode).toBe(404);
  });

  it('rejects bad names and bad bodies', async () => {
    const put = (name: string, payload: unknown) =>
      app.inject({ method: 'PUT', url: `/api/views/${name}`, payload: payload as object });
    expect((await put('..%2Fescape', { view })).statusCode).toBe(400);
    expect((await put('.hidden', { view })).statusCode).toBe(400);
    expect((await put('ok', { view: { nodes: [] } })).statusCode).toBe(400);
    expect((await put('ok', { view: { version: 1, nodes: 'x' } })).statusCode).toBe(400);
    expect((await put('ok', [1, 2])).statusCode).toBe(400);
    const huge = { view: { version: 1, nodes: [], pad: 'x'.repeat(6 * 1024 * 1024) } };
    expect((await put('ok', huge)).statusCode).toBe(413);
    expect((await get('/api/views')).body.views).toEqual([]);
  });
});
