// The last resort of search, when no index found anything: look at no more than $cap nodes (the LIMIT comes
// before any filter, so a bigger graph costs no more) and keep those whose caption-like properties ($keys,
// server/search/plan.ts) contain $needle, ignoring case. Labels a full-text index covers ($covered) were searched
// already and are skipped, as is the app's bookkeeping. Returns how many nodes it examined: the answer is partial.
MATCH (n)
WITH n LIMIT $cap
WITH collect(n) AS examined
RETURN size(examined) AS scanned, COLLECT {
  UNWIND examined AS n
  WITH n, [k IN $keys WHERE n[k] IS :: STRING NOT NULL | toLower(n[k])] AS texts
  WHERE NOT any(l IN labels(n) WHERE l IN $covered OR l = 'ExplorerMeta' OR l STARTS WITH 'ExplorerHub')
    AND any(t IN texts WHERE t CONTAINS $needle)
  WITH n, texts,
    CASE WHEN $needle IN texts THEN 3 WHEN any(t IN texts WHERE t STARTS WITH $needle) THEN 2 ELSE 1 END AS score
  ORDER BY score DESC, head(texts)
  LIMIT $limit
  RETURN {node: n, score: score}
} AS hits
