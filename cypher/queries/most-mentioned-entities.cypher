// title: Entities by number of articles mentioning them
// description: Which actors and places the coverage talks about most: number of articles and total mentions per entity.
// params: {"limit": 25}
MATCH (art:Article)-[m:MENTIONS]->(e:Entity)
WITH e, count(DISTINCT art) AS articles, sum(m.count) AS mentions, collect(art.title) AS titles
RETURN e.name AS entity, e.type AS type, articles, mentions, titles, e
ORDER BY articles DESC, mentions DESC, entity
LIMIT $limit
