// The hubs: entities with at least $minClaims claims (seedRank = claim degree · 10^6 + mentions), the
// $max largest first, read in order from the entity_seed_rank index.
MATCH (e:Entity)
WHERE e.seedRank >= $minRank
WITH e
ORDER BY e.seedRank DESC, e.id
LIMIT $max
RETURN e.id AS id
