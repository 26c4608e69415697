// Curated claims already in the database, to tell created from updated from unchanged.
MATCH ()-[r]->()
WHERE r.source = 'curated'
RETURN r.id AS id, r.contentHash AS hash, elementId(r) AS eid
