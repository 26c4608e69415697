// Every endpoint of the contract, as the request the bench makes. Pure: fixture in, requests out.
import type { Fixture } from './fixture.ts';

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** POST /api/graph answers in pages: follow `next` until null; one measurement is the whole walk. */
  followCursor?: boolean;
}

export interface EndpointCase {
  /** Stable key, also the key of its floor in floors.ts. */
  key: string;
  name: string;
  request: ApiRequest;
}

const q = (params: Record<string, string | number>): string =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
const get = (path: string): ApiRequest => ({ method: 'GET', path });
const enc = encodeURIComponent;

export function endpointCases(f: Fixture): EndpointCase[] {
  const view8 = f.hubs.slice(0, 8);
  return [
    { key: 'seed', name: 'seed', request: get('/api/seed') },
    { key: 'entity-hub', name: 'entities/<hub>', request: get(`/api/entities/${enc(f.hub)}`) },
    { key: 'entity-leaf', name: 'entities/<leaf>', request: get(`/api/entities/${enc(f.leaf)}`) },
    {
      key: 'claims-bundle',
      name: `claims?bundle=<hub bundle of ${f.hubBundleCount}>`,
      request: get(`/api/claims?${q({ bundle: f.hubBundle, skip: 0, limit: 25 })}`),
    },
    {
      key: 'claims-entity',
      name: 'claims?entity=<hub> p1',
      request: get(`/api/claims?${q({ entity: f.hub, skip: 0, limit: 25 })}`),
    },
    {
      key: 'claims-entity-deep',
      name: `claims?entity=<hub> skip ${f.claimsDeepSkip}`,
      request: get(`/api/claims?${q({ entity: f.hub, skip: f.claimsDeepSkip, limit: 25 })}`),
    },
    {
      key: 'expand-hub',
      name: 'expand/<hub> p1',
      request: get(`/api/expand/${enc(f.hub)}?${q({ skip: 0, limit: 25 })}`),
    },
    {
      key: 'expand-hub-deep',
      name: `expand/<hub> skip ${f.expandDeepSkip}`,
      request: get(`/api/expand/${enc(f.hub)}?${q({ skip: f.expandDeepSkip, limit: 25 })}`),
    },
    {
      key: 'expand-leaf',
      name: 'expand/<leaf>',
      request: get(`/api/expand/${enc(f.leaf)}?${q({ skip: 0, limit: 25 })}`),
    },
    {
      key: 'graph-hubs',
      name: `POST graph ${view8.length} hubs`,
      request: { method: 'POST', path: '/api/graph', body: { ids: view8 }, followCursor: true },
    },
    {
      key: 'graph-view',
      name: `POST graph ${f.viewIds.length} ids (all pages)`,
      request: { method: 'POST', path: '/api/graph', body: { ids: f.viewIds }, followCursor: true },
    },
    {
      key: 'paths',
      name: 'paths <leaf>→<leaf>',
      request: get(`/api/paths?${q({ from: f.pathFrom, to: f.pathTo, max: 6 })}`),
    },
    {
      key: 'search-prefix',
      name: `search "${f.search.prefix}" (prefix)`,
      request: get(`/api/search?${q({ q: f.search.prefix })}`),
    },
    {
      key: 'search-fuzzy',
      name: `search "${f.search.fuzzy}" (fuzzy)`,
      request: get(`/api/search?${q({ q: f.search.fuzzy })}`),
    },
    {
      key: 'search-plain',
      name: `search "${f.search.plain}"`,
      request: get(`/api/search?${q({ q: f.search.plain })}`),
    },
    { key: 'schema', name: 'schema', request: get('/api/schema') },
    { key: 'articles', name: 'articles p1', request: get(`/api/articles?${q({ skip: 0, limit: 25 })}`) },
  ];
}
