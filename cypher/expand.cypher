// Neighbours of one entity over claim relationships (never MENTIONS), filtered by type and
// direction, ranked by number of claims; $skip/$limit page through them and `total` counts all.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE n <> c
    AND type(r) <> 'MENTIONS'
    AND ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
  WITH n, count(r) AS weight
  ORDER BY weight DESC, n.name, n.id
  RETURN collect(n) AS ranked
}
WITH c, size(ranked) AS total, ranked[$skip..($skip + $limit)] AS page
CALL (c, page) {
  UNWIND page AS n
  MATCH (c)-[r]-(n)
  WHERE type(r) <> 'MENTIONS'
    AND ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'both'
      OR ($direction = 'out' AND startNode(r) = c)
      OR ($direction = 'in' AND endNode(r) = c))
  WITH DISTINCT r
  ORDER BY r.date, type(r), r.id
  RETURN collect({
    rel: r, source: startNode(r).id, target: endNode(r).id,
    article: COLLECT { MATCH (a:Article {id: r.articleId}) RETURN a { .id, .title, .outlet, .published } }[0]
  }) AS edges
}
RETURN c, total, page AS nodes, edges
