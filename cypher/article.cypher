// One article with its full text and the $mentionCap entities it mentions most (the claims citing it
// are paged through the claims of those entities; finding them all would read every relationship).
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH e, m
  ORDER BY m.count DESC, e.name
  LIMIT $mentionCap
  RETURN collect({ entity: e, count: m.count }) AS mentions
}
RETURN a { .id, .title, .outlet, .published, .url, .language, .text } AS article, mentions,
       COUNT { (a)-[:MENTIONS]->() } AS mentionCount
