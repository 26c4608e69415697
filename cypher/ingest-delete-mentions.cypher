MATCH (a:Article)-[m:MENTIONS]->(:Entity)
WHERE a.id IN $articleIds
DELETE m
