// One hub's claims in the one claim order (claims-entity.cypher: date DESC, undated last, then id), stored
// as chunks of $chunk element ids (with each claim's id, so that a reader can tell a stale entry): a page of
// a hub's claims is then one or two chunks and a seek per claim, not a sort of all of them.
MATCH (e:Entity {id: $hub})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE type(r) <> 'MENTIONS'
  WITH DISTINCT r
  ORDER BY r.date IS NULL, r.date DESC, r.id
  RETURN collect(elementId(r)) AS eids, collect(coalesce(r.id, '')) AS ids
}
CALL (e, eids, ids) {
  UNWIND range(0, size(eids) - 1, $chunk) AS start
  CREATE (:ExplorerHubClaims {
    hub: e.id, chunk: start / $chunk, eids: eids[start..start + $chunk], ids: ids[start..start + $chunk]
  })
}
RETURN size(eids) AS claims
