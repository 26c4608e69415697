// A page of the neighbours of one node (any node of any graph: $key is {id, eid}, lib/model/node-key.ts) over the
// relationships the explorer draws (@drawn: not our articles' MENTIONS), filtered by type and
// direction, ranked by their number of claims with it (then id); `total` counts all of them. Two passes over
// the center's relationships that read no property but the neighbour's id: one counts distinct neighbours,
// one ranks them with a Top-k (skip + limit) and keeps, per neighbour, which types and directions join it,
// so the page's bundle keys need no third pass. (Collecting the ranked rows into one list and unwinding it
// would save the counting pass, but Neo4j then charges every sorted row with the whole list's memory.)
// A hub (lib/model/hub-index.ts) asked for all its neighbours reads its ranked page from the hub index, by
// an index seek on (hub, rank): the same order, without walking its 45,000 relationships. Any other node walks
// at most $walkCap relationships (a foreign graph has no hub index): past that the page is `partial`.
CALL () {
  MATCH (c:Entity {id: $key.id})
  RETURN c
  UNION ALL
  MATCH (c)
  WHERE elementId(c) = $key.eid
  RETURN c
}
OPTIONAL MATCH (h:ExplorerHub {id: c.id})
WITH c, h, h IS NOT NULL AND $types IS NULL AND $direction = 'both' AS indexed
CALL (c, h, indexed) {
  WITH c, h WHERE indexed
  CALL (c) {
    MATCH (x:ExplorerHubNeighbour {hub: c.id})
    WHERE x.rank >= $skip AND x.rank < $skip + $limit
    WITH x ORDER BY x.rank
    MATCH (n:Entity {id: x.id})
    RETURN collect({n: n, key: n.id, kinds: [t IN x.kindsOut | [true, t]] + [t IN x.kindsIn | [false, t]]}) AS page
  }
  RETURN h.neighbours AS total, page, false AS partial
  UNION ALL
  WITH c, h WHERE NOT indexed
  WITH c, COUNT {
    MATCH (c)-[r]-(n)
    WHERE n <> c
      AND @drawn(r)
      AND ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
    WITH n LIMIT $walkCap
    RETURN DISTINCT n
  } AS total
  CALL (c) {
    MATCH (c)-[r]-(n)
    WHERE n <> c
      AND @drawn(r)
      AND ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = c)
        OR ($direction = 'in' AND endNode(r) = c))
    WITH n, r LIMIT $walkCap
    WITH n, count(r) AS weight, collect(DISTINCT [startNode(r) = c, type(r)]) AS kinds
    WITH n, weight, kinds, @key(n) AS key
    ORDER BY weight DESC, key
    SKIP $skip
    LIMIT $limit
    RETURN collect({n: n, key: key, kinds: kinds}) AS page
  }
  RETURN total, page, COUNT { (c)--() } > $walkCap AS partial
}
WITH c, @key(c) AS ck, total, page, partial
RETURN c, total, partial, [x IN page | x.n] AS nodes,
       [x IN page | [k IN x.kinds | CASE WHEN k[0]
         THEN {source: ck, type: k[1], target: x.key}
         ELSE {source: x.key, type: k[1], target: ck} END]] AS keysByNode
