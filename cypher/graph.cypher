// Given entity ids, those entities and every claim among them (restoring a view from its URL).
MATCH (e:Entity)
WHERE e.id IN $ids
WITH collect(e) AS nodes
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t.id IN $ids AND type(r) <> 'MENTIONS'
  RETURN collect({
    rel: r, source: s.id, target: t.id,
    article: COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a { .id, .title, .outlet, .published } }[0]
  }) AS edges
}
RETURN nodes, edges
