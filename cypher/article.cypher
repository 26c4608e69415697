// One article with its full text, the claims that cite it and the entities it mentions.
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE r.articleId = a.id
  WITH s, r, t
  ORDER BY r.date, type(r), r.id
  RETURN collect({ rel: r, source: s.id, target: t.id, article: a { .id, .title, .outlet, .published } }) AS claims
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH e, m
  ORDER BY m.count DESC, e.name
  RETURN collect({ entity: e, count: m.count }) AS mentions
}
RETURN a { .id, .title, .outlet, .published, .language, .text } AS article, claims, mentions
