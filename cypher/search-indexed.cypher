// Exact and prefix seeks on one RANGE or TEXT index of a caption property, for a label no full-text index covers.
// A TEMPLATE: server/search/indexed.ts puts the backtick-quoted label and property (from SHOW INDEXES, never from
// user input; server/search/identifiers.ts) where __LABEL__ and __PROPERTY__ stand, because Neo4j 5.26 plans
// `MATCH (n:$($label))` and `n[$property]` as AllNodesScan + Filter, which would defeat the index. The text is
// a parameter ($variants: its spellings, see caseVariants). Every branch is capped, so at most
// 2 x size($variants) x $limit rows are read.
UNWIND $variants AS v
CALL (v) {
  MATCH (n:__LABEL__)
  WHERE n.__PROPERTY__ = v
  RETURN n LIMIT $limit
  UNION
  MATCH (n:__LABEL__)
  WHERE n.__PROPERTY__ STARTS WITH v
  RETURN n LIMIT $limit
}
WITH DISTINCT n
WHERE NOT any(l IN labels(n) WHERE l = 'ExplorerMeta' OR l STARTS WITH 'ExplorerHub')
WITH n, CASE WHEN toLower(n.__PROPERTY__) = toLower($text) THEN 3 ELSE 2 END AS score
RETURN n AS node, score
ORDER BY score DESC, n.__PROPERTY__
LIMIT $limit
