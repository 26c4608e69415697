// Schema created by ingest before any data is written. Idempotent; ingests running at once retry a statement
// that another created first (ensureSchema). The claim id constraints, one per relationship type, follow the
// types the claims have (syncClaimConstraints).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// One marker per key: the ingest lock (ingest-lock.cypher) MERGEs it, race-free only with this constraint.
CREATE CONSTRAINT explorer_meta_key IF NOT EXISTS FOR (m:ExplorerMeta) REQUIRE m.key IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasesText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
CREATE INDEX entity_seed_rank IF NOT EXISTS FOR (e:Entity) ON (e.seedRank);
// The hub index (ingest/write/hub-index.ts): what requests about the largest entities would otherwise
// compute from tens of thousands of relationships, read here by index seeks.
CREATE INDEX explorer_hub IF NOT EXISTS FOR (h:ExplorerHub) ON (h.id);
CREATE INDEX explorer_hub_neighbour IF NOT EXISTS FOR (n:ExplorerHubNeighbour) ON (n.hub, n.rank);
CREATE INDEX explorer_hub_claims IF NOT EXISTS FOR (c:ExplorerHubClaims) ON (c.hub, c.chunk);
CREATE INDEX explorer_hub_bundle IF NOT EXISTS FOR (b:ExplorerHubBundle) ON (b.key);
CREATE INDEX explorer_hub_bundle_source IF NOT EXISTS FOR (b:ExplorerHubBundle) ON (b.source);
CREATE INDEX explorer_hub_bundle_target IF NOT EXISTS FOR (b:ExplorerHubBundle) ON (b.target);
