// Every entity with what alias matching and claimant names need.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.contentHash AS hash
