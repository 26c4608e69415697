// One hub's neighbours over claim relationships in expand.cypher's order (claims with the hub, then id),
// each with the types that join it per direction, stored with its rank: a page of a hub's neighbours is then
// an index seek on (hub, rank) instead of a ranking of all its relationships.
MATCH (c:Entity {id: $hub})
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE n <> c AND type(r) <> 'MENTIONS'
  WITH n, count(r) AS weight, collect(DISTINCT [startNode(r) = c, type(r)]) AS kinds
  ORDER BY weight DESC, n.id
  RETURN collect({id: n.id, weight: weight, kinds: kinds}) AS ranked
}
CALL (c, ranked) {
  UNWIND range(0, size(ranked) - 1) AS i
  WITH i, ranked[i] AS x
  CREATE (:ExplorerHubNeighbour {
    hub: c.id, rank: i, id: x.id, weight: x.weight,
    kindsOut: [k IN x.kinds WHERE k[0] | k[1]], kindsIn: [k IN x.kinds WHERE NOT k[0] | k[1]]
  })
}
RETURN size(ranked) AS neighbours
