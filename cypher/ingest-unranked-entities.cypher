// Entities without a stored rank (a database written before ranks existed): ranked once by the next ingest.
MATCH (e:Entity)
WHERE e.seedRank IS NULL
RETURN e.id AS id
