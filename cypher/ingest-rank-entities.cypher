// Stores, per entity whose claims or mentions changed, what requests would otherwise count on every call:
// claim relationships per type and direction (dynamic types cannot use the degree store, see
// docs/architecture.md), the claim degree, the mention weight and seedRank (degree first, mentions as the
// tie-break) that seed.cypher reads through the entity_seed_rank range index.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity)
  WHERE type(r) <> 'MENTIONS'
  WITH type(r) AS t,
       sum(CASE WHEN startNode(r) = e THEN 1 ELSE 0 END) AS out,
       sum(CASE WHEN endNode(r) = e THEN 1 ELSE 0 END) AS in
  WHERE t IS NOT NULL
  WITH t, out, in ORDER BY t
  RETURN collect(t) AS types, collect(out) AS outs, collect(in) AS ins
}
WITH e, types, outs, ins,
     COUNT { (e)--() } - COUNT { (e)<-[:MENTIONS]-() } AS degree,
     coalesce(COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN sum(m.count) }[0], 0) AS mentions
SET e.degreeTypes = types, e.degreeOut = outs, e.degreeIn = ins,
    e.claimDegree = degree, e.mentionWeight = mentions,
    e.seedRank = degree * 1000000 + CASE WHEN mentions > 999999 THEN 999999 ELSE mentions END
