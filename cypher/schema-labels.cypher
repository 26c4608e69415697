// Node labels with counts from the count store. `MATCH (n:$(label))` would scan every node (dynamic labels
// plan as AllNodesScan + Filter); db.stats.retrieve('GRAPH COUNTS') reads the count store directly.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH [n IN data.nodes WHERE n.label IS NOT NULL] AS counts
CALL db.labels() YIELD label
// The app's own bookkeeping (ExplorerMeta, the hub index of lib/model/hub-index.ts) is not the user's schema.
WITH counts, label
WHERE NOT label IN ['ExplorerMeta', 'ExplorerHub', 'ExplorerHubNeighbour', 'ExplorerHubClaims', 'ExplorerHubBundle']
WITH label, coalesce([n IN counts WHERE n.label = label][0].count, 0) AS count
// A label whose nodes were all deleted stays a token (db.labels() still lists it): not part of the schema.
WHERE count > 0
RETURN label, count
ORDER BY label
