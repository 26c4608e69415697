// Benchmark baseline: LOAD CSV over the same relation rows, same properties as our ingest.
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (c:Entity {id: row.claimant})
CREATE (a)-[r:$(row.type)]->(b)
SET r.id = row.id, r.status = row.status, r.date = date(row.date), r.dateText = row.date,
  r.claimantId = row.claimant, r.claimantName = c.name, r.articleId = row.article, r.quote = row.quote,
  r.source = 'curated',
  r.troops = CASE WHEN row.figures STARTS WITH 'troops=' THEN toInteger(substring(row.figures, 7)) END,
  r.figureKeys = CASE WHEN row.figures STARTS WITH 'troops=' THEN ['troops'] ELSE [] END
