// Stores hub-to-hub bundles whole (the wire Bundle as JSON, computed by bundles.cypher in this transaction):
// a bundle between two hubs would otherwise cost a pass over one hub's relationships per request.
UNWIND $rows AS b
CREATE (:ExplorerHubBundle {key: b.key, source: b.source, type: b.type, target: b.target, count: b.count, json: b.json})
