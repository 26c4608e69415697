// The schema's indexes (constraints are backed by an index of the same name) that are not online yet. Read
// instead of CALL db.awaitIndexes(), which waits while holding schema locks: another ingest activating a
// constraint needs those locks, and neither would ever finish (seen with 8 ingests at once).
SHOW INDEXES YIELD name, state
WHERE name IN $names AND state <> 'ONLINE'
RETURN name, state
