// Expand semantics on a small hand-made graph with known answers (types, direction, paging, MENTIONS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { buildServer } from './app.ts';
import type { Bundle, Entity } from '../lib/model/wire.ts';

let db: Db;
let app: FastifyInstance;

// c fights a and b, supplies b twice, is supplied by d, and is mentioned by an article.
const FIXTURE = `
CREATE (c:Entity:Country {id: 'c', name: 'Center', type: 'Country', aliases: []}),
       (a:Entity:Country {id: 'a', name: 'Alpha', type: 'Country', aliases: []}),
       (b:Entity:Country {id: 'b', name: 'Bravo', type: 'Country', aliases: []}),
       (d:Entity:Person {id: 'd', name: 'Delta', type: 'Person', aliases: []}),
       (art:Article {id: 'art', title: 'T', outlet: 'O', published: '2024-10-28', publishedDate: date('2024-10-28')}),
       (c)-[:FIGHTS_AGAINST {id: 'f1', status: 'reported', articleId: 'art', figureKeys: []}]->(a),
       (c)-[:FIGHTS_AGAINST {id: 'f2', status: 'alleged', articleId: 'art', figureKeys: []}]->(b),
       (c)-[:SUPPLIES {id: 's1', status: 'reported', articleId: 'art', date: date('2024-10-01'), dateText: '2024-10', figureKeys: ['shells'], shells: 1000000}]->(b),
       (c)-[:SUPPLIES {id: 's2', status: 'confirmed', articleId: 'art', figureKeys: []}]->(b),
       (d)-[:SUPPLIES {id: 's3', status: 'reported', articleId: 'art', figureKeys: []}]->(c),
       (art)-[:MENTIONS {count: 3}]->(c)
`;

const get = async (url: string) => {
  const r = await app.inject({ url });
  return { status: r.statusCode, body: r.json() };
};
const ids = (nodes: Entity[]) => nodes.map((n) => n.id);
/** Every claim id of small bundles (they travel whole). */
const claimIds = (bundles: Bundle[]) => bundles.flatMap((b) => b.claims.map((c) => c.id)).sort();

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  const r = await db.run({ mode: 'WRITE', text: FIXTURE });
  if (!r.ok) throw new Error(r.error.message);
  app = await buildServer({ config: testConfig(), db });
});
afterAll(async () => {
  await app?.close();
  if (db) await wipe(db);
  await db?.close();
});

describe('expand on a known graph', () => {
  it('ranks neighbours by number of claims and never follows MENTIONS', async () => {
    const r = await get('/api/expand/c');
    expect(r.status).toBe(200);
    expect(ids(r.body.nodes)).toEqual(['b', 'a', 'd']);
    expect(r.body.total).toBe(3);
    expect(claimIds(r.body.bundles)).toEqual(['f1', 'f2', 's1', 's2', 's3']);
    expect((r.body.bundles as Bundle[]).map((b) => [b.id, b.count])).toEqual([
      // Grouped by neighbour in rank order (b, a, d), largest bundle first within a neighbour.
      ['c|SUPPLIES|b', 2],
      ['c|FIGHTS_AGAINST|b', 1],
      ['c|FIGHTS_AGAINST|a', 1],
      ['d|SUPPLIES|c', 1],
    ]);
    const s1 = (r.body.bundles as Bundle[]).flatMap((b) => b.claims).find((e) => e.id === 's1');
    expect(s1).toMatchObject({
      date: '2024-10-01',
      dateText: '2024-10',
      figures: { shells: 1000000 },
      article: { id: 'art' },
    });
  });

  it('filters by type and direction', async () => {
    const fights = await get('/api/expand/c?types=FIGHTS_AGAINST');
    expect(ids(fights.body.nodes).sort()).toEqual(['a', 'b']);
    expect(claimIds(fights.body.bundles)).toEqual(['f1', 'f2']);

    const suppliesOut = await get('/api/expand/c?types=SUPPLIES&direction=out');
    expect(ids(suppliesOut.body.nodes)).toEqual(['b']);
    expect(claimIds(suppliesOut.body.bundles)).toEqual(['s1', 's2']);

    const suppliesIn = await get('/api/expand/c?types=SUPPLIES&direction=in');
    expect(ids(suppliesIn.body.nodes)).toEqual(['d']);
    expect(claimIds(suppliesIn.body.bundles)).toEqual(['s3']);

    const both = await get('/api/expand/c?types=SUPPLIES,FIGHTS_AGAINST&direction=out');
    expect(both.body.total).toBe(2);
    expect((await get('/api/expand/c?direction=in')).body.total).toBe(1);
  });

  it('pages: limit and skip slice the ranked list, total stays', async () => {
    const p1 = await get('/api/expand/c?limit=1');
    const p2 = await get('/api/expand/c?limit=1&skip=1');
    const p3 = await get('/api/expand/c?limit=1&skip=3');
    expect([ids(p1.body.nodes), ids(p2.body.nodes), ids(p3.body.nodes)]).toEqual([['b'], ['a'], []]);
    expect([p1.body.total, p2.body.total, p3.body.total]).toEqual([3, 3, 3]);
    expect(claimIds(p1.body.bundles)).toEqual(['f2', 's1', 's2']);
  });

  it('paths ignore direction and MENTIONS; graph restores claims among ids', async () => {
    const p = await get('/api/paths?from=a&to=d');
    expect(p.status).toBe(200);
    expect(p.body.paths.map((x: { nodes: Entity[] }) => ids(x.nodes))).toEqual([['a', 'c', 'd']]);
    const g = await get('/api/graph?ids=a,b,c');
    expect(claimIds(g.body.bundles)).toEqual(['f1', 'f2', 's1', 's2']);
  });
});
