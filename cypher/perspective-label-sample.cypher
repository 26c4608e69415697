// Property keys of at most $limit nodes of one label, with the value types seen: what a category's caption and
// size can come from. A dynamic label plans as AllNodesScan + Filter in Neo4j 5.26 (no label scan), so LIMIT
// stops the scan at the $limit-th match and the caller's transaction timeout bounds how far it reads when the
// label is rare or late in the store (server/perspective/facts.ts). db.schema.nodeTypeProperties() reads every node.
MATCH (n:$($label))
WITH n LIMIT $limit
UNWIND keys(n) AS key
WITH key, valueType(n[key]) AS type
RETURN key, collect(DISTINCT type) AS types
ORDER BY key
LIMIT $keys
