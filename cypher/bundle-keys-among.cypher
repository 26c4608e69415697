// The bundles from $sources to $targets (seed and graph restore pass sets of entities), as keys with their
// claim counts and no claim property read: the caller picks which to fetch whole through bundles.cypher.
// A source that is not a hub: one pass over its outgoing relationships. A hub (ExplorerHub, see
// lib/model/hub-index.ts): its bundles to other hubs come from the hub index, and those to other targets are
// matched from each target's side, so a hub's 45,000 relationships are never walked.
// One seek per target id (a plan that scans an index for the whole list was seen right after a big ingest).
CALL () {
  UNWIND $targets AS tid
  MATCH (t:Entity {id: tid})
  WHERE NOT EXISTS { MATCH (h:ExplorerHub {id: tid}) }
  RETURN collect(t) AS plainTargets
}
UNWIND $sources AS sid
MATCH (s:Entity {id: sid})
// Start from each source: with many targets the planner may otherwise seek every target and expand its
// incoming relationships once per source (seen on a 1M-claim graph: 37 s instead of a second).
USING INDEX s:Entity(id)
OPTIONAL MATCH (hub:ExplorerHub {id: sid})
CALL (s, hub, plainTargets) {
  WITH s WHERE hub IS NULL
  MATCH (s)-[r]->(t:Entity)
  WHERE t.id IN $targets AND type(r) <> 'MENTIONS'
  RETURN type(r) AS type, t.id AS target, count(r) AS count
  UNION ALL
  WITH s WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {source: s.id})
  WHERE b.target IN $targets
  RETURN b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH s, plainTargets WHERE hub IS NOT NULL
  UNWIND plainTargets AS t
  MATCH (s)-[r]->(t)
  WHERE type(r) <> 'MENTIONS'
  RETURN type(r) AS type, t.id AS target, count(r) AS count
}
RETURN sid AS source, type, target, count
