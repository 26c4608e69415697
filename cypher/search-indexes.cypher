// The node indexes search can use (server/search/plan.ts): full-text ones on any label, and RANGE / TEXT ones
// for exact and prefix seeks. Read at most every few seconds (server/search/searcher.ts caches it).
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state
WHERE entityType = 'NODE' AND state = 'ONLINE' AND type IN ['FULLTEXT', 'RANGE', 'TEXT']
RETURN name, type, labelsOrTypes AS labels, properties
ORDER BY name
LIMIT 1000
