// A page of the neighbours of one entity over claim relationships (never MENTIONS), filtered by type and
// direction, ranked by their number of claims with it (then id); `total` counts all of them. Two passes over
// the center's relationships that read no property but the neighbour's id: one counts distinct neighbours,
// one ranks them with a Top-k (skip + limit) and keeps, per neighbour, which types and directions join it,
// so the page's bundle keys need no third pass. (Collecting the ranked rows into one list and unwinding it
// would save the counting pass, but Neo4j then charges every sorted row with the whole list's memory.)
// A hub (lib/model/hub-index.ts) asked for all its neighbours reads its ranked page from the hub index, by
// an index seek on (hub, rank): the same order, without walking its 45,000 relationships.
MATCH (c:Entity {id: $id})
OPTIONAL MATCH (h:ExplorerHub {id: $id})
WITH c, h, h IS NOT NULL AND $types IS NULL AND $direction = 'both' AS indexed
CALL (c, h, indexed) {
  WITH c, h WHERE indexed
  CALL (c) {
    MATCH (x:ExplorerHubNeighbour {hub: c.id})
    WHERE x.rank >= $skip AND x.rank < $skip + $limit
    WITH x ORDER BY x.rank
    MATCH (n:Entity {id: x.id})
    RETURN collect({n: n, kinds: [t IN x.kindsOut | [true, t]] + [t IN x.kindsIn | [false, t]]}) AS page
  }
  RETURN h.neighbours AS total, page
  UNION ALL
  WITH c, h WHERE NOT indexed
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
  RETURN total, page
}
RETURN c, total, [x IN page | x.n] AS nodes,
       [x IN page | [k IN x.kinds | CASE WHEN k[0]
         THEN {source: c.id, type: k[1], target: x.n.id}
         ELSE {source: x.n.id, type: k[1], target: c.id} END]] AS keysByNode
