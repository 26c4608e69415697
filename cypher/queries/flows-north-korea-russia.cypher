// title: What flows between North Korea and Russia
// description: All claims between the two countries in both directions (troops, weapons, technology, money, oil…), grouped by relation type and direction, plus goods claimed to be supplied to either side.
// params: {"a": "north-korea", "b": "russia"}
MATCH (x:Entity {id: $a})
MATCH (y:Entity {id: $b})
MATCH (s:Entity)-[r]->(t:Entity)
WHERE (s = x AND t = y) OR (s = y AND t = x)
   OR (type(r) = 'SUPPLIED_TO' AND t IN [x, y])
WITH type(r) AS type, s, t, collect(r) AS claims
RETURN type,
       s.name + ' → ' + t.name AS direction,
       size(claims) AS claimCount,
       [c IN claims | c.status] AS statuses,
       [c IN claims WHERE c.claimantName IS NOT NULL | c.claimantName] AS claimants,
       [c IN claims WHERE c.dateText IS NOT NULL | c.dateText] AS dates,
       s, claims, t
ORDER BY type, direction
