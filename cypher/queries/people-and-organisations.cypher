// title: People and the organisations they speak for
// description: Person → Organization/Country/ArmedForce relations (LEADS, SPOKESPERSON_FOR, MEMBER_OF, PART_OF, WORKS_FOR…), i.e. who speaks for whom, with the article backing each link.
MATCH (p:Entity:Person)-[r]->(o:Entity)
WHERE (o:Organization OR o:Country OR o:ArmedForce)
  AND type(r) IN ['LEADS', 'SPOKESPERSON_FOR', 'MEMBER_OF', 'PART_OF', 'WORKS_FOR', 'REPRESENTS', 'COMMANDS', 'ADVISES']
OPTIONAL MATCH (art:Article {id: r.articleId})
RETURN p.name AS person,
       type(r) AS role,
       o.name AS organisation,
       o.type AS organisationType,
       r.dateText AS date,
       art.title AS article,
       p, r, o
ORDER BY organisation, person
