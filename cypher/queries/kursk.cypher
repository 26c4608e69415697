// title: Everything linked to Kursk
// description: Every claim touching Kursk (either direction), with the other entity, its type, the claim status, date, claimant and source article.
// params: {"id": "kursk"}
MATCH (k:Entity {id: $id})-[r]-(other:Entity)
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN other.name AS entity,
       other.type AS entityType,
       CASE WHEN startNode(r) = k THEN k.name + ' ' + type(r) + ' →' ELSE '→ ' + type(r) + ' ' + k.name END AS relation,
       r.status AS status,
       r.dateText AS date,
       r.claimantName AS claimant,
       art.title AS article,
       k, r, other
ORDER BY r.date, entity
