// A page of the neighbours of one entity over claim relationships (never MENTIONS), filtered by type and
// direction, ranked by their number of claims with it (then id); `total` counts all of them. Two passes over
// the center's relationships that read no property but the neighbour's id: one counts distinct neighbours,
// one ranks them with a Top-k (skip + limit) and keeps, per neighbour, which types and directions join it,
// so the page's bundle keys need no third pass. (Collecting the ranked rows into one list and unwinding it
// would save the counting pass, but Neo4j then charges every sorted row with the whole list's memory.)
MATCH (c:Entity {id: $id})
WITH c, COUNT {
  MATCH (c)-[r]-(n:Entity)
  WHERE n <> c
    AND type(r) <> 'MENTIONS'
    AND ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
  RETURN DISTINCT n
} AS total
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE n <> c
    AND type(r) <> 'MENTIONS'
    AND ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
  WITH n, count(r) AS weight, collect(DISTINCT [startNode(r) = c, type(r)]) AS kinds
  ORDER BY weight DESC, n.id
  SKIP $skip
  LIMIT $limit
  RETURN collect({n: n, kinds: kinds}) AS page
}
RETURN c, total, [x IN page | x.n] AS nodes,
       [x IN page | [k IN x.kinds | CASE WHEN k[0]
         THEN {source: c.id, type: k[1], target: x.n.id}
         ELSE {source: x.n.id, type: k[1], target: c.id} END]] AS keysByNode
