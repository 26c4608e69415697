// Full-text entity search; $lucene is built by server/search/lucene.ts and passed as a parameter.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node:Entity
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
