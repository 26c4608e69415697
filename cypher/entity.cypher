// One entity, its claim relationships per type and direction (stored by ingest-rank-entities.cypher),
// its claim count from the degree store (getDegree: all relationships minus incoming MENTIONS), and the
// $mentionCap articles that mention it most with the count of all of them.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m
  ORDER BY m.count DESC, a.publishedDate DESC, a.id
  LIMIT $mentionCap
  RETURN collect({ article: a { .id, .title, .outlet, .published }, count: m.count }) AS mentions
}
RETURN e,
       coalesce(e.degreeTypes, []) AS degreeTypes, coalesce(e.degreeOut, []) AS degreeOut,
       coalesce(e.degreeIn, []) AS degreeIn,
       COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS claimCount,
       COUNT { (e)<-[:MENTIONS]-() } AS mentionCount,
       mentions
