// Benchmark baseline: Neo4j's own LOAD CSV over the same entity rows (sandboxed import folder).
LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
CREATE (e:Entity {id: row.id, name: row.name, type: row.type, aliases: split(row.aliases, ';'),
  aliasesText: replace(row.aliases, ';', ' | '), description: row.description, source: 'curated'})
SET e:$(row.type)
