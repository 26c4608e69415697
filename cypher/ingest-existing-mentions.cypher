MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS article, e.id AS entity, m.count AS count
