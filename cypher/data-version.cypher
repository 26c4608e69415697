// The version ingest last wrote (ingest-mark-version.cypher), or null for a database it did not fill.
OPTIONAL MATCH (m:ExplorerMeta {key: 'ingest'})
RETURN m.version AS version
