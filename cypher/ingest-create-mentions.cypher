UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS {count: row.count}]->(e)
