// Curated claims already in the database, to tell created from updated from unchanged
// (and, for the stored rank, whose degree a replaced or deleted claim changes). Read inside the ingest
// transaction after the lock; an id seen twice (left by ingests before the lock) is repaired.
MATCH (s)-[r]->(t)
WHERE r.source = 'curated'
RETURN r.id AS id, type(r) AS type, r.contentHash AS hash, elementId(r) AS eid, s.id AS from, t.id AS to
