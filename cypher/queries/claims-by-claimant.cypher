// title: Who claims what (claimants ranked)
// description: Claimants (governments, agencies, people) by number of claims they are the source of, with the relation types and the statuses of those claims.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.claimantId IS NOT NULL
MATCH (c:Entity {id: r.claimantId})
WITH c, count(r) AS claims, collect(DISTINCT type(r)) AS types, collect(r.status) AS statuses
RETURN c.name AS claimant, c.type AS type, claims, types,
       [s IN ['confirmed', 'reported', 'estimated', 'alleged', 'unconfirmed', 'denied', 'planned'] WHERE s IN statuses] AS statuses,
       c
ORDER BY claims DESC, claimant
