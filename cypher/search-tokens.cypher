// The labels (which of them no full-text index covers) and property keys (which are caption-like, for the scan)
// of the database, for server/search/plan.ts. Token lists, no node is read; capped like every answer.
RETURN
  COLLECT { CALL db.labels() YIELD label RETURN label LIMIT 1000 } AS labels,
  COLLECT { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey LIMIT 10000 } AS propertyKeys
