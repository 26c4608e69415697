// One entity with every claim touching it (both directions), the entities at the other end,
// and the articles that mention it.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) <> 'MENTIONS'
  WITH DISTINCT r, o
  ORDER BY r.date, type(r), r.id
  RETURN collect({
    rel: r, source: startNode(r).id, target: endNode(r).id,
    article: COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a { .id, .title, .outlet, .published } }[0]
  }) AS claims,
  collect(DISTINCT o) AS neighbours
}
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m
  ORDER BY m.count DESC, a.publishedDate DESC, a.id
  RETURN collect({ article: a { .id, .title, .outlet, .published }, count: m.count }) AS mentions
}
RETURN e, claims, neighbours, mentions
