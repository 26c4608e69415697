// title: Who claims how many North Korean troops, and when
// description: Every claim carrying a troops figure: who claims it, the figure, the date, its status, the article and the quote. Oldest first, so the escalation of the estimates reads top to bottom.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE 'troops' IN coalesce(r.figureKeys, [])
OPTIONAL MATCH (art:Article {id: r.articleId})
OPTIONAL MATCH (c:Entity {id: r.claimantId})
RETURN coalesce(c.name, r.claimantName, '(unattributed)') AS claimant,
       r.troops AS troops,
       r.dateText AS date,
       r.status AS status,
       a.name + ' ' + type(r) + ' ' + b.name AS claim,
       art.title AS article,
       art.outlet AS outlet,
       r.quote AS quote,
       a, r, b
ORDER BY r.date, r.troops
