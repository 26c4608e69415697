// Given entity ids, those entities (restoring a view); the bundles among them come from
// bundle-keys-among.cypher and bundles.cypher, a page at a time.
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN collect(e) AS nodes
