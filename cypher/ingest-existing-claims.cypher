// Curated claims already in the database, to tell created from updated from unchanged
// (and, for the stored rank, whose degree a replaced or deleted claim changes).
MATCH (s)-[r]->(t)
WHERE r.source = 'curated'
RETURN r.id AS id, r.contentHash AS hash, elementId(r) AS eid, s.id AS from, t.id AS to
