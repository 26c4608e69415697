// The story's key actors: the top $limit entities by the rank ingest stores (claim degree, then article
// mentions; ingest-rank-entities.cypher), read in order from the entity_seed_rank range index: no entity
// scan per request. The bundles among them come from bundle-keys-among.cypher and bundles.cypher.
MATCH (e:Entity)
WHERE e.seedRank IS NOT NULL
WITH e
ORDER BY e.seedRank DESC, e.id
LIMIT $limit
RETURN collect(e) AS nodes
