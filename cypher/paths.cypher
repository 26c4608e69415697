// All shortest paths between two entities over claim relationships, ignoring direction; each hop is
// returned as its bundle key (the whole bundles come from bundles.cypher).
// The hop bound must be a literal in Cypher, so 10 is the ceiling and $max filters the result.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')
    AND all(n IN nodes(p) WHERE n:Entity)
  // Filtering on length inside the MATCH would make Neo4j fall back to an exhaustive search.
  WITH p
  WHERE length(p) <= $max
  LIMIT $limit
  RETURN collect({
    nodes: nodes(p),
    keys: [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
