// The ingest lock: the first statement of every ingest transaction, held until it commits or rolls back, so
// ingests run one after the other and each reads (inside its transaction) what the one before committed. A
// second ingest waits here. The marker is the one that holds the data version (ingest-mark-version.cypher);
// explorer_meta_key (schema.cypher) makes the MERGE race-free on an empty store, and the SET, a value that
// always changes, takes the node's write lock.
MERGE (m:ExplorerMeta {key: 'ingest'})
SET m.ingestStartedAt = datetime()
