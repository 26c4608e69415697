// The bundles between the nodes $focus and the nodes $ids, in either direction, as keys with their claim counts:
// what adding $focus to a canvas of $ids draws, without the bundles among $ids themselves. Both are lists of
// {key, id, eid} maps (lib/model/node-key.ts); $idKeys are the keys of $ids.
// Walked from each focus node; a hub (lib/model/hub-index.ts) reads its bundles with other hubs from the
// hub index and matches the others from their side, so its own relationships are never walked.
UNWIND $focus AS fk
CALL (fk) {
  MATCH (f:Entity {id: fk.id})
  RETURN f
  UNION ALL
  MATCH (f)
  WHERE elementId(f) = fk.eid
  RETURN f
}
OPTIONAL MATCH (hub:ExplorerHub {id: f.id})
CALL (f, hub) {
  WITH f WHERE hub IS NULL
  MATCH (f)-[r]-(o)
  WHERE @drawn(r)
  WITH DISTINCT r, @key(o) AS other
  WHERE other IN $idKeys
  WITH r, startNode(r) AS s, endNode(r) AS t
  RETURN @key(s) AS source, type(r) AS type, @key(t) AS target, count(r) AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {source: f.id})
  WHERE b.target IN $idKeys
  RETURN b.source AS source, b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {target: f.id})
  WHERE b.source IN $idKeys AND b.source <> f.id
  RETURN b.source AS source, b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH f WHERE hub IS NOT NULL
  UNWIND $ids AS ok
  CALL (ok) {
    MATCH (o:Entity {id: ok.id})
    RETURN o
    UNION ALL
    MATCH (o)
    WHERE elementId(o) = ok.eid
    RETURN o
  }
  WITH f, o
  WHERE NOT EXISTS { MATCH (h:ExplorerHub {id: o.id}) }
  MATCH (f)-[r]-(o)
  WHERE @drawn(r)
  WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t
  RETURN @key(s) AS source, type(r) AS type, @key(t) AS target, count(r) AS count
}
RETURN DISTINCT source, type, target, count
