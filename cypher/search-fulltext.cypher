// Search one full-text node index, named by a parameter (server/search/plan.ts lists them from SHOW INDEXES):
// `entity_search` of the story, `explorer_search` of npm run search-index, or any index the database has.
// $lucene is built from the user's text by server/search/lucene.ts and passed as a parameter.
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
WHERE NOT any(l IN labels(node) WHERE l = 'ExplorerMeta' OR l STARTS WITH 'ExplorerHub')
RETURN node, score
ORDER BY score DESC
LIMIT $limit
