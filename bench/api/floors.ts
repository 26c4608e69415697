// The floor of each endpoint: the same question asked as ONE hand-written Cypher query through the
// driver. These are written here on purpose, not taken from cypher/: they are the peer the app is
// measured against, what a Neo4j user would type. Relationship types and labels found in the graph are
// spliced in as identifiers (checked by fixture.ts), so degree and count stores can answer.
import neo4j from 'neo4j-driver';
import type { Fixture } from './fixture.ts';
import { parseBundleId } from '../../lib/model/wire.ts';

export interface FloorQuery {
  text: string;
  params: Record<string, unknown>;
}

const int = (n: number) => neo4j.int(n);
const claimMap = 'r { .*, article: a { .id, .title, .outlet, .published } }';
const ORDER = 'ORDER BY r.date IS NULL, r.date DESC, r.id';

/** Rows (s, r, t) → one row `bundles`: per (source, type, target) its count, cells (status, article,
 *  day), outlets, figure ranges and the 10 newest claims with their articles. One pass over the claims:
 *  they are ordered once, grouped per bundle, and every summary is read from the group. */
const bundlesOf = (orderLimit = '') => `
  WITH s, r, t ${ORDER}
  WITH s, type(r) AS type, t, collect(r) AS rs
  WITH s, type, t, rs, size(rs) AS count
  ${orderLimit}
  CALL (rs) {
    UNWIND rs AS r
    WITH r.status AS status, r.articleId AS articleId, r.date AS day, count(*) AS n
    RETURN collect({status: status, articleId: articleId, day: day, n: n}) AS cells
  }
  CALL (cells) {
    UNWIND cells AS c
    MATCH (a:Article {id: c.articleId})
    WITH a.outlet AS outlet, sum(c.n) AS n ORDER BY n DESC, outlet
    RETURN collect({value: outlet, count: n})[..32] AS outlets
  }
  CALL (rs) {
    UNWIND rs AS r
    UNWIND coalesce(r.figureKeys, []) AS key
    WITH key, min(r[key]) AS lo, max(r[key]) AS hi, count(*) AS n
    RETURN collect({key: key, min: lo, max: hi, count: n}) AS figures
  }
  CALL (rs) {
    UNWIND rs[..10] AS r
    OPTIONAL MATCH (a:Article {id: r.articleId})
    RETURN collect(${claimMap}) AS claims
  }
  RETURN collect({source: s.id, type: type, target: t.id, count: count, cells: cells[..64],
                  cellCount: size(cells), outlets: outlets, figures: figures, claims: claims}) AS bundles`;

/** Claims among a set of entities: both ends found by id, joined on the target (no list scan per claim). */
const among = (types: string, ids: string) => `
  MATCH (s:Entity) WHERE s.id IN ${ids}
  MATCH (t:Entity) WHERE t.id IN ${ids}
  MATCH (s)-[r:${types}]->(t)
  USING JOIN ON t`;

const entityMap = 'e { .id, .name, .type, .aliases, .description }';

/** The key actors by the rank ingest stores, when it does (read from its index), else by degree. */
function seed(types: string, ranked: boolean): FloorQuery {
  const top = ranked
    ? 'MATCH (e:Entity) WHERE e.seedRank IS NOT NULL WITH e ORDER BY e.seedRank DESC, e.id LIMIT $limit'
    : `MATCH (e:Entity) WITH e, COUNT { (e)-[:${types}]-() } AS degree ORDER BY degree DESC, e.id LIMIT $limit`;
  return {
    text: `
      ${top}
      WITH collect(e.id) AS ids, collect(e) AS nodes
      CALL (ids) {
        ${among(types, 'ids')}
        ${bundlesOf('ORDER BY count DESC LIMIT $maxBundles')}
      }
      RETURN [e IN nodes | ${entityMap}] AS nodes, bundles`,
    params: { limit: int(16), maxBundles: int(150) },
  };
}

function entity(f: Fixture, id: string): FloorQuery {
  const degree = f.claimTypes
    .flatMap((t) => [
      `{type: '${t}', direction: 'out', count: COUNT { (e)-[:${t}]->() }}`,
      `{type: '${t}', direction: 'in', count: COUNT { (e)<-[:${t}]-() }}`,
    ])
    .join(',\n        ');
  return {
    text: `
      MATCH (e:Entity {id: $id})
      RETURN ${entityMap} AS entity,
        [d IN [${degree}] WHERE d.count > 0] AS degree,
        COUNT { (e)-[:${f.claimTypes.join('|')}]-() } AS claimCount,
        COLLECT { MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, m ORDER BY m.count DESC, a.id LIMIT 25
                  RETURN {article: a { .id, .title, .outlet, .published }, count: m.count} } AS mentions,
        COUNT { (:Article)-[:MENTIONS]->(e) } AS mentionCount`,
    params: { id },
  };
}

function claimsOfBundle(bundle: string): FloorQuery {
  const k = parseBundleId(bundle);
  if (!k) throw new Error(`not a bundle id: ${bundle}`);
  return {
    text: `
      MATCH (s:Entity {id: $source})-[r]->(t:Entity {id: $target}) WHERE type(r) = $type
      WITH r ${ORDER}
      WITH collect(r) AS ordered
      CALL (ordered) {
        UNWIND ordered[$skip..($skip + $limit)] AS r
        OPTIONAL MATCH (a:Article {id: r.articleId})
        RETURN collect(${claimMap}) AS claims
      }
      RETURN size(ordered) AS total, claims`,
    params: { ...k, skip: int(0), limit: int(25) },
  };
}

function claimsOfEntity(types: string, id: string, skip: number): FloorQuery {
  return {
    text: `
      MATCH (e:Entity {id: $id})
      CALL (e) {
        MATCH (e)-[r:${types}]-()
        WITH r ${ORDER} SKIP $skip LIMIT $limit
        OPTIONAL MATCH (a:Article {id: r.articleId})
        RETURN collect(${claimMap}) AS claims
      }
      RETURN COUNT { (e)-[:${types}]-() } AS total, claims`,
    params: { id, skip: int(skip), limit: int(25) },
  };
}

function expand(types: string, id: string, skip: number): FloorQuery {
  return {
    text: `
      MATCH (c:Entity {id: $id})
      CALL (c) {
        MATCH (c)-[r:${types}]-(n:Entity)
        WITH n, count(r) AS w ORDER BY w DESC, n.id SKIP $skip LIMIT $limit
        RETURN collect(n) AS page
      }
      CALL (c, page) {
        UNWIND page AS n
        MATCH (c)-[r:${types}]-(n)
        WITH startNode(r) AS s, r, endNode(r) AS t
        ${bundlesOf()}
      }
      RETURN c { .id, .name } AS center, COUNT { MATCH (c)-[:${types}]-(n:Entity) RETURN DISTINCT n } AS total,
             [e IN page | ${entityMap}] AS nodes, bundles`,
    params: { id, skip: int(skip), limit: int(25) },
  };
}

function graph(types: string, ids: string[]): FloorQuery {
  return {
    text: `
      CALL () {
        ${among(types, '$ids')}
        ${bundlesOf()}
      }
      RETURN COLLECT { MATCH (e:Entity) WHERE e.id IN $ids RETURN ${entityMap} } AS nodes, bundles`,
    params: { ids },
  };
}

function paths(types: string, from: string, to: string): FloorQuery {
  return {
    text: `
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = allShortestPaths((a)-[:${types}*..6]-(b))
      WITH p LIMIT 20
      WITH collect(p) AS ps
      CALL (ps) {
        UNWIND ps AS p
        UNWIND relationships(p) AS hop
        WITH DISTINCT startNode(hop) AS s, type(hop) AS hopType, endNode(hop) AS t
        MATCH (s)-[r]->(t) WHERE type(r) = hopType
        ${bundlesOf()}
      }
      RETURN [p IN ps | [e IN nodes(p) | ${entityMap}]] AS paths, bundles`,
    params: { from, to },
  };
}

const search = (lucene: string): FloorQuery => ({
  text: `
    CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS e, score
    WHERE e:Entity
    RETURN ${entityMap} AS entity, score ORDER BY score DESC, e.name LIMIT 20`,
  params: { lucene },
});

function schema(f: Fixture): FloorQuery {
  const labels = f.labels.map((l, i) => `CALL () { MATCH (n:${l}) RETURN count(n) AS l${i} }`);
  const types = [...f.claimTypes, 'MENTIONS'].map(
    (t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS t${i} }`,
  );
  const cols = [...f.labels.map((_, i) => `l${i}`), ...[...f.claimTypes, 'MENTIONS'].map((_, i) => `t${i}`)];
  return {
    text: `${[...labels, ...types].join('\n')}
      CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys }
      RETURN ${[...cols, 'keys'].join(', ')}`,
    params: {},
  };
}

const articles: FloorQuery = {
  text: `
    CALL () {
      MATCH (a:Article)
      WITH a ORDER BY a.publishedDate DESC, a.id SKIP $skip LIMIT $limit
      RETURN collect(a { .id, .title, .outlet, .published, .language,
                         mentions: COUNT { (a)-[:MENTIONS]->(:Entity) } }) AS articles
    }
    RETURN articles, COUNT { (:Article) } AS total`,
  params: { skip: int(0), limit: int(25) },
};

/** Endpoint key (endpoints.ts) → its floor. */
export function floorQueries(f: Fixture): Record<string, FloorQuery> {
  const types = f.claimTypes.join('|');
  return {
    seed: seed(types, f.seedRanked),
    'entity-hub': entity(f, f.hub),
    'entity-leaf': entity(f, f.leaf),
    'claims-bundle': claimsOfBundle(f.hubBundle),
    'claims-entity': claimsOfEntity(types, f.hub, 0),
    'claims-entity-deep': claimsOfEntity(types, f.hub, f.claimsDeepSkip),
    'expand-hub': expand(types, f.hub, 0),
    'expand-hub-deep': expand(types, f.hub, f.expandDeepSkip),
    'expand-leaf': expand(types, f.leaf, 0),
    'graph-hubs': graph(types, f.hubs.slice(0, 8)),
    'graph-view': graph(types, f.viewIds),
    paths: paths(types, f.pathFrom, f.pathTo),
    'search-prefix': search(`${f.search.prefix}*`),
    // The same edit distance the app allows for a word of this length (1 up to 5 letters, else 2).
    'search-fuzzy': search(`${f.search.fuzzy}~${f.search.fuzzy.length <= 5 ? 1 : 2}`),
    'search-plain': search(
      f.search.plain
        .toLowerCase()
        .split(/\s+/)
        .map((w) => `+${w}`)
        .join(' '),
    ),
    schema: schema(f),
    articles,
  };
}
