// Marks the data as changed by this ingest (same transaction as the change). The API caches answers that
// depend only on the data, such as the start page, per version; a database without the marker (one this
// app did not fill) is never cached.
MERGE (m:ExplorerMeta {key: 'ingest'})
SET m.version = $version, m.changedAt = datetime()
