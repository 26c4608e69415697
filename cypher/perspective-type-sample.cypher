// Property keys of at most $limit relationships of one type, with the value types seen: what an edge caption can
// come from. Bounded like perspective-label-sample.cypher (a dynamic type scans until LIMIT; the caller's timeout
// caps the scan).
MATCH ()-[r:$($type)]->()
WITH r LIMIT $limit
UNWIND keys(r) AS key
WITH key, valueType(r[key]) AS type
RETURN key, collect(DISTINCT type) AS types
ORDER BY key
LIMIT $keys
