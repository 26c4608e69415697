// title: Claims that rest on a single source
// description: Each (from, type, to) statement supported by exactly one article: the weakest links in the story, worth a second source.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.articleId IS NOT NULL
WITH a, type(r) AS type, b, collect(r) AS claims, collect(DISTINCT r.articleId) AS articleIds
WHERE size(articleIds) = 1
MATCH (art:Article {id: articleIds[0]})
RETURN a.name AS from,
       type,
       b.name AS to,
       size(claims) AS claimCount,
       [c IN claims | c.status] AS statuses,
       art.outlet AS outlet,
       art.title AS article,
       a, claims, b
ORDER BY from, type, to
