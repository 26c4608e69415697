// title: Timeline of claims
// description: Every dated claim in date order (partial dates such as 2024-10 sort on their first day), with claimant, status and article.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.date IS NOT NULL
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN r.date AS day,
       r.dateText AS dateText,
       a.name + ' ' + type(r) + ' ' + b.name AS claim,
       r.status AS status,
       r.claimantName AS claimant,
       art.outlet AS outlet,
       a, r, b
ORDER BY r.date, claim
