import { describe, expect, it } from 'vitest';
import { parseBundleId } from '../../lib/model/wire.ts';
import { endpointCases } from './endpoints.ts';
import { deepSkip, misspell, viewOf, type Fixture } from './fixture.ts';
import { floorQueries } from './floors.ts';

const fixture: Fixture = {
  hubs: ['e-0', 'e-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6', 'e-7', 'e-8', 'e-9'],
  hub: 'e-0',
  leaf: 'e-99',
  hubBundle: 'e-0|SUPPLIES|e-10',
  hubBundleCount: 120,
  hubClaims: 45_000,
  hubNeighbours: 30_000,
  claimsDeepSkip: deepSkip(45_000),
  expandDeepSkip: deepSkip(30_000),
  viewIds: viewOf(['e-0', 'e-1'], 100_000, 1000),
  pathFrom: 'e-99',
  pathTo: 'e-98',
  search: { prefix: 'karo', fuzzy: misspell('karovel'), plain: 'Karovel Mirdan 99' },
  claimTypes: ['SUPPLIES', 'LEADS'],
  labels: ['Entity', 'Article'],
  seedRanked: true,
};

describe('fixture helpers', () => {
  it('deep pages start near the end, on a page boundary', () => {
    expect(deepSkip(45_000)).toBe(40_500);
    expect(deepSkip(1003) % 25).toBe(0);
    expect(deepSkip(10)).toBe(0);
  });
  it('misspells by one letter', () => {
    const m = misspell('karovel');
    expect(m).toHaveLength(7);
    expect([...m].filter((c, i) => c !== 'karovel'[i])).toHaveLength(1);
  });
  it('a view holds the hubs and distinct ids, the same for the same seed', () => {
    const v = fixture.viewIds;
    expect(v.slice(0, 2)).toEqual(['e-0', 'e-1']);
    expect(new Set(v).size).toBe(1000);
    expect(viewOf(['e-0', 'e-1'], 100_000, 1000)).toEqual(v);
    expect(viewOf(['e-0'], 5, 1000)).toHaveLength(5);
  });
});

describe('endpoint cases and floors', () => {
  const cases = endpointCases(fixture);
  const floors = floorQueries(fixture);
  it('covers every endpoint of the contract, each with a floor', () => {
    const paths = cases.map((c) => c.request.path.split('?')[0]);
    for (const p of [
      '/api/seed',
      '/api/claims',
      '/api/graph',
      '/api/paths',
      '/api/search',
      '/api/schema',
      '/api/articles',
    ])
      expect(paths).toContain(p);
    expect(paths.filter((p) => p!.startsWith('/api/expand/'))).toHaveLength(3);
    for (const c of cases) expect(floors[c.key], c.key).toBeDefined();
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
  });
  it('asks about the hub bundle, the deep pages and the 1,000-id view', () => {
    const byKey = Object.fromEntries(cases.map((c) => [c.key, c.request]));
    const bundle = new URL(byKey['claims-bundle']!.path, 'http://x').searchParams.get('bundle');
    expect(parseBundleId(bundle!)).toEqual({ source: 'e-0', type: 'SUPPLIES', target: 'e-10' });
    expect(byKey['claims-entity-deep']!.path).toContain('skip=40500');
    expect(byKey['graph-view']).toMatchObject({ method: 'POST', followCursor: true });
    expect((byKey['graph-view']!.body as { ids: string[] }).ids).toHaveLength(1000);
  });
  it('floors pass values as parameters; only checked identifiers are spliced in', () => {
    expect(floors['entity-hub']!.params).toEqual({ id: 'e-0' });
    expect(floors['entity-hub']!.text).toContain('COUNT { (e)-[:SUPPLIES]->() }');
    expect(floors['graph-view']!.text).not.toContain('e-1');
    expect(floors['search-fuzzy']!.params).toEqual({ lucene: `${misspell('karovel')}~2` });
    expect(floors.seed!.text).toContain('seedRank');
  });
});
