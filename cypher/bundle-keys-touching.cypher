// The bundles between the entities $focus and the entities $ids, in either direction, as keys with their
// claim counts: what adding $focus to a canvas of $ids draws, without the bundles among $ids themselves.
// Walked from each focus entity; a hub (lib/model/hub-index.ts) reads its bundles with other hubs from the
// hub index and matches the others from their side, so its own relationships are never walked.
UNWIND $focus AS fid
MATCH (f:Entity {id: fid})
OPTIONAL MATCH (hub:ExplorerHub {id: fid})
CALL (f, hub) {
  WITH f WHERE hub IS NULL
  MATCH (f)-[r]-(o:Entity)
  WHERE o.id IN $ids AND type(r) <> 'MENTIONS'
  RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, count(DISTINCT r) AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {source: f.id})
  WHERE b.target IN $ids
  RETURN b.source AS source, b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {target: f.id})
  WHERE b.source IN $ids AND b.source <> f.id
  RETURN b.source AS source, b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  UNWIND $ids AS oid
  MATCH (o:Entity {id: oid})
  WHERE NOT EXISTS { MATCH (h:ExplorerHub {id: oid}) }
  MATCH (f)-[r]-(o)
  WHERE type(r) <> 'MENTIONS'
  RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, count(DISTINCT r) AS count
}
RETURN DISTINCT source, type, target, count
