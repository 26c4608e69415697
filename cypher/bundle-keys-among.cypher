// The bundles from $sources to $targets (seed and graph restore pass sets of nodes: {key, id, eid} maps,
// lib/model/node-key.ts; $targetKeys is the targets' keys), as keys with their claim counts and no claim property
// read: the caller picks which to fetch whole through bundles.cypher.
// A source that is not a hub: one pass over its outgoing relationships. A hub (ExplorerHub, see
// lib/model/hub-index.ts): its bundles to other hubs come from the hub index, and those to other targets are
// matched from each target's side, so a hub's 45,000 relationships are never walked.
// One seek per target (a plan that scans an index for the whole list was seen right after a big ingest).
CALL () {
  UNWIND $targets AS tk
  CALL (tk) {
    MATCH (t:Entity {id: tk.id})
    RETURN t
    UNION ALL
    MATCH (t)
    WHERE elementId(t) = tk.eid
    RETURN t
  }
  WITH t
  WHERE NOT EXISTS { MATCH (h:ExplorerHub {id: t.id}) }
  RETURN collect(t) AS plainTargets
}
UNWIND $sources AS sk
// Each source is resolved on its own, so the walk starts from it: with many targets the planner may otherwise
// seek every target and expand its incoming relationships once per source (seen on a 1M-claim graph: 37 s).
CALL (sk) {
  MATCH (s:Entity {id: sk.id})
  RETURN s
  UNION ALL
  MATCH (s)
  WHERE elementId(s) = sk.eid
  RETURN s
}
OPTIONAL MATCH (hub:ExplorerHub {id: s.id})
CALL (s, hub, plainTargets) {
  WITH s WHERE hub IS NULL
  MATCH (s)-[r]->(t)
  WHERE @drawn(r)
  WITH r, @key(t) AS target
  WHERE target IN $targetKeys
  RETURN type(r) AS type, target, count(r) AS count
  UNION ALL
  WITH s WHERE hub IS NOT NULL
  MATCH (b:ExplorerHubBundle {source: s.id})
  WHERE b.target IN $targetKeys
  RETURN b.type AS type, b.target AS target, b.count AS count
  UNION ALL
  WITH s, plainTargets WHERE hub IS NOT NULL
  UNWIND plainTargets AS t
  MATCH (s)-[r]->(t)
  WHERE @drawn(r)
  RETURN type(r) AS type, @key(t) AS target, count(r) AS count
}
RETURN sk.key AS source, type, target, count
