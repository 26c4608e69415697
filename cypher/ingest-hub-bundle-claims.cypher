// The claims from one hub ($source) to the hubs ($hubs), found by one pass over its outgoing relationships
// (node identity, no property read to filter), with their articles: ingest folds them into bundles with
// lib/model/bundle.ts (the in-memory twin of bundles.cypher) and stores them in the hub index.
MATCH (t:Entity)
WHERE t.id IN $hubs
WITH collect(t) AS hubs
MATCH (s:Entity {id: $source})-[r]->(t)
WHERE t IN hubs AND type(r) <> 'MENTIONS'
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN {rel: r, source: s.id, target: t.id, article: a { .id, .title, .outlet, .published, .url }} AS claim
