// The bounded API on a generated graph with one hub of ~5,000 claims: response budgets, paging totals and
// order, filter counts and degree counts, each checked against a direct Cypher count.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { generateGraph } from '../lib/testing/synthetic-graph.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { runIngest } from '../ingest/index.ts';
import { buildServer } from './app.ts';
import { RESPONSE_BUDGET, type Bundle, type Claim, type ClaimsPage, type Entity } from '../lib/model/wire.ts';
import { bundleOf, byClaimOrder } from '../lib/model/bundle.ts';
import { noClaimFilter, passingCount, type ClaimFilter } from '../lib/model/filter.ts';

const HUB = 'e-0';
let db: Db;
let app: FastifyInstance;
let dir: string;

const get = async (url: string, a = app) => {
  const r = await a.inject({ method: 'GET', url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 200)}`).toBe(200);
  expect(r.body.length, url).toBeLessThanOrEqual(RESPONSE_BUDGET);
  return r.json();
};

async function count(text: string, params: Record<string, unknown> = {}): Promise<number> {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(r.error.message);
  return Number(r.value.records[0]!.get(0));
}

async function walkClaims(query: string, limit = 100): Promise<{ claims: Claim[]; totals: number[] }> {
  const claims: Claim[] = [];
  const totals: number[] = [];
  for (let skip = 0; ;) {
    const page = (await get(`/api/claims?${query}&skip=${skip}&limit=${limit}`)) as ClaimsPage;
    totals.push(page.total);
    claims.push(...page.claims);
    skip += page.claims.length;
    if (skip >= page.total || page.claims.length === 0) return { claims, totals };
  }
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
  dir = await mkdtemp(path.join(tmpdir(), 'big-graph-'));
  await generateGraph(dir, { entities: 2000, claims: 12_000, hubs: 1, hubShare: 0.21, articles: 60, seed: 3 });
  const report = await runIngest(db, { paths: [dir] });
  if (!report.ok) throw new Error(`ingest failed: ${JSON.stringify(report).slice(0, 2000)}`);
  app = await buildServer({ config: testConfig(), db });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const hubClaims = () =>
  count("MATCH (:Entity {id: $id})-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' RETURN count(DISTINCT r)", { id: HUB });

describe('a hub of ~5,000 claims', () => {
  it('is the first key actor; the start page is bounded by maxBundles and the budget', async () => {
    expect(await hubClaims()).toBeGreaterThan(4000);
    const seed = await get('/api/seed?limit=16&maxBundles=40');
    expect((seed.nodes as Entity[])[0]!.id).toBe(HUB);
    expect(seed.bundles.length).toBeLessThanOrEqual(40);
    const ids = (seed.nodes as Entity[]).map((n) => n.id);
    const among = await count(
      "MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids AND type(r) <> 'MENTIONS' RETURN count(DISTINCT [s.id, type(r), t.id])",
      { ids },
    );
    expect(seed.bundles.length + seed.omittedBundles).toBe(among);
  });

  it('counts degree per type and direction as direct Cypher does', async () => {
    const e = await get(`/api/entities/${HUB}`);
    expect(e.claimCount).toBe(await hubClaims());
    for (const d of e.degree as { type: string; direction: string; count: number }[]) {
      const q =
        d.direction === 'out'
          ? 'MATCH (:Entity {id: $id})-[r]->(:Entity) WHERE type(r) = $t RETURN count(r)'
          : 'MATCH (:Entity {id: $id})<-[r]-(:Entity) WHERE type(r) = $t RETURN count(r)';
      expect(d.count, `${d.type} ${d.direction}`).toBe(await count(q, { id: HUB, t: d.type }));
    }
    expect((e.degree as { count: number }[]).reduce((s, d) => s + d.count, 0)).toBe(e.claimCount);
  });

  it('pages every claim of the hub once, in the claim order, with a steady total', async () => {
    const { claims, totals } = await walkClaims(`entity=${HUB}`);
    const total = await hubClaims();
    expect(new Set(totals)).toEqual(new Set([total]));
    expect(claims).toHaveLength(total);
    expect(new Set(claims.map((c) => c.id)).size).toBe(total);
    expect(claims.map((c) => c.id)).toEqual([...claims].sort(byClaimOrder).map((c) => c.id));
    for (const c of claims) expect(c.article?.id && c.quote).toBeTruthy();
  });

  it('pages every neighbour once, ranked by claims, total = distinct neighbours', async () => {
    const total = await count(
      "MATCH (c:Entity {id: $id})-[r]-(n:Entity) WHERE n <> c AND type(r) <> 'MENTIONS' RETURN count(DISTINCT n)",
      { id: HUB },
    );
    const seen: string[] = [];
    const weights: number[] = [];
    for (let skip = 0; skip < total;) {
      const page = await get(`/api/expand/${HUB}?limit=100&skip=${skip}`);
      expect(page.total).toBe(total);
      for (const n of page.nodes as Entity[]) {
        seen.push(n.id);
        const mine = (page.bundles as Bundle[]).filter((b) => b.source === n.id || b.target === n.id);
        weights.push(mine.reduce((s, b) => s + b.count, 0));
      }
      expect(page.returned).toBeGreaterThan(0);
      skip += page.returned;
    }
    expect(new Set(seen).size).toBe(total);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('bundles and filters', () => {
  let big: Bundle;
  beforeAll(async () => {
    const page = await get(`/api/expand/${HUB}?limit=1`);
    big = (page.bundles as Bundle[])[0]!;
  });

  it('a bundle equals bundleOf its paged claims, walked in small pages without gaps', async () => {
    const { claims } = await walkClaims(`bundle=${encodeURIComponent(big.id)}`, 7);
    expect(claims.length).toBe(big.count);
    expect(new Set(claims.map((c) => c.id)).size).toBe(big.count);
    expect(big).toEqual(bundleOf(claims));
  });

  const cases: [string, string, Partial<ClaimFilter>][] = [
    ['hideStatuses=denied,alleged', "NOT r.status IN ['denied', 'alleged']", { statuses: ['denied', 'alleged'] }],
    ['undated=0', 'r.date IS NOT NULL', { includeUndated: false }],
    [
      'from=2023-06-01&to=2024-01-31',
      "(r.date IS NULL OR (r.date >= date('2023-06-01') AND r.date <= date('2024-01-31')))",
      { dateRange: { from: '2023-06-01', to: '2024-01-31' } },
    ],
    [
      'hideOutlets=Outlet%201,Outlet%202',
      "NOT COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a.outlet }[0] IN ['Outlet 1', 'Outlet 2']",
      { outlets: ['Outlet 1', 'Outlet 2'] },
    ],
  ];

  it.each(cases)('claims totals with %s equal direct counts, and the bundle counts agree', async (q, where, f) => {
    const hub = (await get(`/api/claims?entity=${HUB}&${q}&limit=1`)) as ClaimsPage;
    expect(hub.total).toBe(
      await count(
        `MATCH (:Entity {id: $id})-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' AND ${where} RETURN count(DISTINCT r)`,
        { id: HUB },
      ),
    );
    const one = (await get(`/api/claims?bundle=${encodeURIComponent(big.id)}&${q}&limit=1`)) as ClaimsPage;
    const direct = await count(
      `MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $y AND ${where} RETURN count(r)`,
      { s: big.source, t: big.target, y: big.type },
    );
    expect(one.total).toBe(direct);
    const passing = passingCount(big, { ...noClaimFilter(), ...f });
    if (passing.exact) expect(passing.count).toBe(direct);
  });

  it('byStatus, days and cells add up to the count', () => {
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    expect(sum(Object.values(big.byStatus))).toBe(big.count);
    if (big.daysComplete) expect(sum(big.days.map((d) => d.count)) + big.undated).toBe(big.count);
    if (big.cellsComplete) expect(sum(big.cells.map((c) => c.count))).toBe(big.count);
    expect(big.cells.length).toBeLessThanOrEqual(64);
  });
});

describe('response budgets', () => {
  it('every endpoint answers within the budget on the hub', async () => {
    const urls = [
      '/api/seed?limit=100&maxBundles=500',
      `/api/entities/${HUB}`,
      `/api/expand/${HUB}?limit=100`,
      `/api/claims?entity=${HUB}&limit=100`,
      `/api/paths?from=e-1500&to=e-1999&max=6&limit=50`,
      '/api/search?q=ka&limit=50',
      '/api/schema',
      '/api/articles?limit=200',
      `/api/graph?ids=${Array.from({ length: 100 }, (_, i) => `e-${i}`).join(',')}`,
    ];
    for (const url of urls) await get(url);
  });

  it('restores 2,000 entities through POST pages under the budget: every node and bundle once', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `e-${i}`);
    const nodes = new Set<string>();
    const bundles = new Map<string, number>();
    let cursor: string | null = null;
    type Page = { nodes: Entity[]; bundles: Bundle[]; next: string | null };
    let pages = 0;
    do {
      const r: { statusCode: number; body: string; json(): Page } = await app.inject({
        method: 'POST',
        url: '/api/graph',
        payload: { ids, cursor },
      });
      expect(r.statusCode).toBe(200);
      expect(r.body.length).toBeLessThanOrEqual(RESPONSE_BUDGET);
      const page: Page = r.json();
      for (const n of page.nodes) expect(nodes.has(n.id) ? n.id : nodes.add(n.id)).not.toBe(n.id);
      for (const b of page.bundles) {
        expect(bundles.has(b.id)).toBe(false);
        bundles.set(b.id, b.count);
      }
      cursor = page.next;
      pages++;
    } while (cursor !== null && pages < 500);
    expect(pages).toBeGreaterThan(1);
    expect(nodes.size).toBe(2000);
    expect([...bundles.values()].reduce((s, n) => s + n, 0)).toBe(
      await count("MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'MENTIONS' RETURN count(r)"),
    );
  });

  it('trims pages to a smaller budget, and fails loudly when an answer cannot be trimmed', async () => {
    const cfg = testConfig();
    const small = await buildServer({ config: { ...cfg, server: { ...cfg.server, responseBudget: 20_000 } }, db });
    const tiny = await buildServer({ config: { ...cfg, server: { ...cfg.server, responseBudget: 2_000 } }, db });
    try {
      const seed = await small.inject({ url: '/api/seed?maxBundles=500' });
      expect(seed.statusCode).toBe(200);
      expect(seed.body.length).toBeLessThanOrEqual(20_000);
      expect(seed.json().omittedBundles).toBeGreaterThan(0);
      const claims = await small.inject({ url: `/api/claims?entity=${HUB}&limit=100` });
      expect(claims.body.length).toBeLessThanOrEqual(20_000);
      expect(claims.json().claims.length).toBeLessThan(100);
      const articles = await tiny.inject({ url: '/api/articles?limit=200' });
      expect(articles.statusCode).toBe(500);
      expect(articles.json().error.code).toBe('ResponseOverBudget');
    } finally {
      await small.close();
      await tiny.close();
    }
  });
});
