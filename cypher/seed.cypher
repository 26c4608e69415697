// The story's key actors: entities ranked by claim degree, then by article mentions,
// plus every claim among them.
MATCH (e:Entity)
WITH e,
     COUNT { (e)-[r]-(:Entity) WHERE type(r) <> 'MENTIONS' } AS degree,
     COALESCE(COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN sum(m.count) }[0], 0) AS mentions
ORDER BY degree DESC, mentions DESC, e.id
LIMIT $limit
WITH collect(e) AS nodes
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t IN nodes AND type(r) <> 'MENTIONS'
  RETURN collect({
    rel: r, source: s.id, target: t.id,
    article: COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a { .id, .title, .outlet, .published } }[0]
  }) AS edges
}
RETURN nodes, edges
