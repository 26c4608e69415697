// What the endpoints are asked about, found once in the loaded graph (before anything is timed):
// the hubs, a small leaf, the hub's largest bundle, deep-page offsets, a 1,000-entity view, search words.
import neo4j from 'neo4j-driver';
import type { Db } from '../../lib/neo4j/client.ts';
import { mulberry32 } from '../../lib/util/prng.ts';

export interface Fixture {
  hubs: string[];
  hub: string;
  leaf: string;
  /** `${source}|${type}|${target}`, the hub's largest bundle. */
  hubBundle: string;
  hubBundleCount: number;
  hubClaims: number;
  hubNeighbours: number;
  /** A page near the end of the hub's claims and of its neighbours. */
  claimsDeepSkip: number;
  expandDeepSkip: number;
  /** Hubs first, then entities drawn at random: 1,000 ids, as a big saved view sends them. */
  viewIds: string[];
  pathFrom: string;
  pathTo: string;
  search: { prefix: string; fuzzy: string; plain: string };
  /** Claim relationship types and node labels, for the hand-written floors (count store, degree store). */
  claimTypes: string[];
  labels: string[];
  /** Ingest stored Entity.seedRank (the seed floor then reads it too, as the app does). */
  seedRanked: boolean;
}

async function rows(db: Db, text: string, params: Record<string, unknown> = {}) {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(`fixture query failed: ${r.error.message}`);
  return r.value.records;
}

const num = (v: unknown): number => (neo4j.isInt(v) ? (v as ReturnType<typeof neo4j.int>).toNumber() : Number(v));
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A page offset near the end, aligned to the page size, so deep paging is really deep. */
export const deepSkip = (total: number, limit = 25): number => Math.max(0, Math.floor((total * 0.9) / limit) * limit);

/** One letter changed in the middle: an edit distance of 1 from a real token. */
export function misspell(word: string): string {
  const i = Math.floor(word.length / 2);
  const c = word[i] === 'x' ? 'q' : 'x';
  return word.slice(0, i) + c + word.slice(i + 1);
}

async function leafOf(db: Db, entities: number): Promise<{ a: string; b: string }> {
  const candidates = Array.from({ length: 400 }, (_, i) => `e-${entities - 1 - i}`);
  const found = await rows(
    db,
    `MATCH (e:Entity) WHERE e.id IN $ids
     WITH e, COUNT { (e)--(:Entity) } AS d WHERE d >= 2 AND d <= 20
     RETURN e.id AS id ORDER BY d DESC, id LIMIT 2`,
    { ids: candidates },
  );
  if (found.length < 2) throw new Error('fixture: no leaf entities with 2–20 claims');
  return { a: found[0]!.get('id') as string, b: found[1]!.get('id') as string };
}

async function hubFacts(db: Db, hub: string) {
  const [r] = await rows(
    db,
    `MATCH (h:Entity {id: $hub})
     CALL (h) {
       MATCH (h)-[r]->(t:Entity)
       WITH t, type(r) AS type, count(*) AS n ORDER BY n DESC, t.id LIMIT 1
       RETURN t.id AS target, type, n
     }
     RETURN target, type, n,
            COUNT { (h)-[r]-(:Entity) } AS claims,
            COUNT { MATCH (h)--(o:Entity) RETURN DISTINCT o } AS neighbours`,
    { hub },
  );
  if (!r) throw new Error(`fixture: hub ${hub} not found`);
  return {
    hubBundle: `${hub}|${r.get('type') as string}|${r.get('target') as string}`,
    hubBundleCount: num(r.get('n')),
    hubClaims: num(r.get('claims')),
    hubNeighbours: num(r.get('neighbours')),
  };
}

/** The hubs plus entities drawn uniformly (seeded): a large saved view that holds the hubs. */
export function viewOf(hubs: readonly string[], entities: number, size: number, seed = 7): string[] {
  const rand = mulberry32(seed);
  const ids = new Set(hubs);
  const want = Math.min(size, entities);
  while (ids.size < want) ids.add(`e-${Math.floor(rand() * entities)}`);
  return [...ids];
}

export async function findFixture(db: Db, hubs: string[], entities: number): Promise<Fixture> {
  const hub = hubs[0];
  if (!hub) throw new Error('fixture: the graph has no hubs');
  const facts = await hubFacts(db, hub);
  const leaves = await leafOf(db, entities);
  const [named] = await rows(db, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id: hub });
  const firstWord = String(named?.get('name') ?? 'entity')
    .split(/\s+/)[0]!
    .toLowerCase();
  const [leafNamed] = await rows(db, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id: leaves.a });
  const types = await rows(db, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t');
  const labels = await rows(db, 'CALL db.labels() YIELD label RETURN label');
  const keys = await rows(db, 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS k');
  return {
    hubs,
    hub,
    leaf: leaves.a,
    ...facts,
    claimsDeepSkip: deepSkip(facts.hubClaims),
    expandDeepSkip: deepSkip(facts.hubNeighbours),
    viewIds: viewOf(hubs, entities, 1000),
    pathFrom: leaves.a,
    pathTo: leaves.b,
    search: { prefix: firstWord.slice(0, 4), fuzzy: misspell(firstWord), plain: String(leafNamed?.get('name')) },
    claimTypes: types.map((r) => r.get('t') as string).filter((t) => t !== 'MENTIONS' && IDENT.test(t)),
    labels: labels.map((r) => r.get('label') as string).filter((l) => IDENT.test(l)),
    seedRanked: keys.some((r) => r.get('k') === 'seedRank'),
  };
}
