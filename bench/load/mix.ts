// The weighted request mix the load loops draw from: search, expand, entities, seed, the console, and the
// floor (GET /api/health: the HTTP stack plus one Bolt server-info round trip, no query). Ids and names come
// from the running product (its seed and the seed's neighbours), so the mix asks for what the story holds.
import { mulberry32 } from '../../lib/util/prng.ts';
import type { Client, LoadRequest } from './http.ts';

export const FLOOR = 'health (floor)';
export const ENDPOINTS = ['search', 'expand', 'entities', 'seed', 'cypher', FLOOR] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** Relative frequency of each endpoint in the mix: what an analyst's session does most. */
export const WEIGHTS: Record<Endpoint, number> = {
  search: 3,
  expand: 2,
  entities: 2,
  seed: 1,
  cypher: 1,
  [FLOOR]: 1,
};

export interface Fixture {
  ids: string[];
  names: string[];
}

interface Named {
  id: string;
  name: string;
}

const parse = <T>(text: string | undefined): T => JSON.parse(text ?? 'null') as T;

export async function loadFixture(client: Client): Promise<Fixture> {
  const seed = await client.send({ method: 'GET', path: '/api/seed' }, true);
  if (seed.status !== 200) throw new Error(`GET /api/seed answered ${seed.status || seed.error}`);
  const byId = new Map<string, string>();
  const seedNodes = parse<{ nodes: Named[] }>(seed.text).nodes;
  for (const n of seedNodes) byId.set(n.id, n.name);
  for (const n of seedNodes) {
    const ex = await client.send({ method: 'GET', path: `/api/expand/${encodeURIComponent(n.id)}` }, true);
    if (ex.status === 200) for (const m of parse<{ nodes: Named[] }>(ex.text).nodes) byId.set(m.id, m.name);
  }
  if (byId.size === 0) throw new Error('the seed is empty: nothing to ask about');
  return { ids: [...byId.keys()].sort(), names: [...new Set(byId.values())].sort() };
}

export const consoleRequest = (origin: string, query: string, params: Record<string, unknown> = {}): LoadRequest => ({
  method: 'POST',
  path: '/api/cypher',
  body: JSON.stringify({ query, params }),
  headers: { 'content-type': 'application/json', origin },
});

const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length)] as T;

/** A deterministic draw per loop (`seed`): the endpoint by weight, then its arguments. */
export function requestMix(f: Fixture, origin: string, seed: number): () => { endpoint: Endpoint; req: LoadRequest } {
  const rnd = mulberry32(seed);
  const total = ENDPOINTS.reduce((s, e) => s + WEIGHTS[e], 0);
  const build: Record<Endpoint, () => LoadRequest> = {
    search: () => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(pick(f.names, rnd()))}` }),
    expand: () => ({ method: 'GET', path: `/api/expand/${encodeURIComponent(pick(f.ids, rnd()))}` }),
    entities: () => ({ method: 'GET', path: `/api/entities/${encodeURIComponent(pick(f.ids, rnd()))}` }),
    seed: () => ({ method: 'GET', path: '/api/seed' }),
    cypher: () =>
      consoleRequest(origin, 'MATCH (e:Entity {id: $id})-[r]-() RETURN e.name AS name, count(r) AS degree', {
        id: pick(f.ids, rnd()),
      }),
    [FLOOR]: () => ({ method: 'GET', path: '/api/health' }),
  };
  return () => {
    let r = rnd() * total;
    const endpoint = ENDPOINTS.find((e) => (r -= WEIGHTS[e]) < 0) ?? FLOOR;
    return { endpoint, req: build[endpoint]() };
  };
}
