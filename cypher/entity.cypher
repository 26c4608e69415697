// One node ($key: {id, eid}, lib/model/node-key.ts), its relationships per type and direction, its relationship
// count from the degree store (getDegree: all relationships minus incoming MENTIONS), and the $mentionCap articles
// that mention it most with the count of all of them. A curated entity's per-type counts are stored by ingest
// (ingest-rank-entities.cypher); any other node's are counted live over at most $walkCap of its relationships
// (a dynamic type cannot use the degree store), and `degreeComplete` says whether that was all of them.
CALL () {
  MATCH (e:Entity {id: $key.id})
  RETURN e
  UNION ALL
  MATCH (e)
  WHERE elementId(e) = $key.eid
  RETURN e
}
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m
  ORDER BY m.count DESC, a.publishedDate DESC, a.id
  LIMIT $mentionCap
  RETURN collect({ article: a { .id, .title, .outlet, .published, .url }, count: m.count }) AS mentions
}
CALL (e) {
  WITH e WHERE e.degreeTypes IS NULL
  MATCH (e)-[r]-()
  WHERE @drawn(r)
  // DISTINCT: an undirected match meets a self-loop twice.
  WITH DISTINCT e, r LIMIT $walkCap
  WITH type(r) AS type, startNode(r) = e AS out, count(*) AS n
  RETURN collect({type: type, out: out, count: n}) AS liveDegree
}
WITH e, mentions, liveDegree, COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS claimCount
RETURN e,
       coalesce(e.degreeTypes, []) AS degreeTypes, coalesce(e.degreeOut, []) AS degreeOut,
       coalesce(e.degreeIn, []) AS degreeIn, liveDegree,
       e.degreeTypes IS NOT NULL OR COUNT { (e)--() } <= $walkCap AS degreeComplete,
       claimCount,
       COUNT { (e)<-[:MENTIONS]-() } AS mentionCount,
       mentions
