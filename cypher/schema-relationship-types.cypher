// Relationship types with counts from the count store (see schema-labels.cypher: `MATCH ()-[r:$(type)]->()`
// plans as a scan of every relationship; the per-type entries of GRAPH COUNTS are count-store reads).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [r IN data.relationships WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL] AS counts
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH type, coalesce([r IN counts WHERE r.relationshipType = type][0].count, 0) AS count
// A type whose relationships were all deleted stays a token: not part of the schema.
WHERE count > 0
RETURN type, count
ORDER BY type
