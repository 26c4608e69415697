// title: Every denial and who issued it
// description: DENIES relations, and claims whose status is denied, with the denier, what is denied, the date, the article and the quote.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) = 'DENIES' OR r.status = 'denied'
OPTIONAL MATCH (c:Entity {id: r.claimantId})
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN CASE WHEN type(r) = 'DENIES' THEN a.name ELSE coalesce(c.name, r.claimantName, '(unattributed)') END AS deniedBy,
       CASE WHEN type(r) = 'DENIES' THEN b.name ELSE a.name + ' ' + type(r) + ' ' + b.name END AS denied,
       CASE WHEN type(r) = 'DENIES' THEN 'DENIES relation' ELSE 'claim with status denied' END AS kind,
       r.dateText AS date,
       art.title AS article,
       r.quote AS quote,
       a, r, b
ORDER BY deniedBy, r.date
