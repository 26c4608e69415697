// Given node keys ($keys: {key, id, eid} maps, lib/model/node-key.ts), those nodes (restoring a view): an :Entity
// by its curated id, any other node by its element id, one seek each, paired with the key that asked for it.
// The bundles among them come from bundle-keys-among.cypher and bundles.cypher, a page at a time.
UNWIND $keys AS k
CALL (k) {
  MATCH (n:Entity {id: k.id})
  RETURN n
  UNION ALL
  MATCH (n)
  WHERE elementId(n) = k.eid
  RETURN n
}
RETURN collect({key: k.key, node: n}) AS found
