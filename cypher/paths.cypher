// All shortest paths between two nodes ($from, $to: {id, eid} lookups, lib/model/node-key.ts) over the
// relationships the explorer draws (@drawn), ignoring direction; each hop is returned as the element ids of its
// ends and its type (server/routes/paths.ts keys them; the whole bundles come from bundles.cypher).
// The hop bound must be a literal in Cypher, so 10 is the ceiling and $max filters the result.
OPTIONAL CALL () {
  MATCH (a:Entity {id: $from.id})
  RETURN a
  UNION ALL
  MATCH (a)
  WHERE elementId(a) = $from.eid
  RETURN a
}
OPTIONAL CALL () {
  MATCH (b:Entity {id: $to.id})
  RETURN b
  UNION ALL
  MATCH (b)
  WHERE elementId(b) = $to.eid
  RETURN b
}
CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE @drawn(r))
  // Filtering on length inside the MATCH would make Neo4j fall back to an exhaustive search.
  WITH p
  WHERE length(p) <= $max
  LIMIT $limit
  RETURN collect({
    nodes: nodes(p),
    hops: [r IN relationships(p) | {start: elementId(startNode(r)), type: type(r), end: elementId(endNode(r))}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
