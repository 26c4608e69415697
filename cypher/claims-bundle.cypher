// One page of one bundle's claims ($source, $type, $target node keys, with their {id, eid} lookups $s and $t), in the one claim order (date DESC, undated last, id), with the total
// after the claim filters (lib/model/filter.ts semantics; structural edges always pass); $withFigures keeps
// only claims that carry figures (the figure table). The endpoints
// are bound first, so each match is an Expand(Into) from the lower-degree side; Top-k for the page
// (see claims-entity.cypher for why the count is its own pass).
CALL () {
  MATCH (s:Entity {id: $s.id})
  RETURN s
  UNION ALL
  MATCH (s)
  WHERE elementId(s) = $s.eid
  RETURN s
}
CALL () {
  MATCH (t:Entity {id: $t.id})
  RETURN t
  UNION ALL
  MATCH (t)
  WHERE elementId(t) = $t.eid
  RETURN t
}
WITH s, t, COUNT {
  MATCH (s)-[r]->(t)
  WHERE type(r) = $type
    AND (NOT $withFigures OR size(coalesce(r.figureKeys, [])) > 0)
    AND (NOT $filtered OR (r.status IS NULL AND r.articleId IS NULL) OR (
      NOT coalesce(r.status IN $hideStatuses, false)
      AND NOT coalesce(r.articleId IN $hideArticles, false)
      AND ($hideOutlets = [] OR NOT coalesce(COLLECT { MATCH (x:Article {id: r.articleId}) RETURN x.outlet }[0] IN $hideOutlets, false))
      AND CASE WHEN r.date IS NULL THEN $undated
          ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END))
} AS total
CALL (s, t) {
  MATCH (s)-[r]->(t)
  WHERE type(r) = $type
    AND (NOT $withFigures OR size(coalesce(r.figureKeys, [])) > 0)
    AND (NOT $filtered OR (r.status IS NULL AND r.articleId IS NULL) OR (
      NOT coalesce(r.status IN $hideStatuses, false)
      AND NOT coalesce(r.articleId IN $hideArticles, false)
      AND ($hideOutlets = [] OR NOT coalesce(COLLECT { MATCH (x:Article {id: r.articleId}) RETURN x.outlet }[0] IN $hideOutlets, false))
      AND CASE WHEN r.date IS NULL THEN $undated
          ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END))
  WITH r
  ORDER BY r.date IS NULL, r.date DESC, @claimId(r)
  SKIP $skip
  LIMIT $limit
  OPTIONAL MATCH (a:Article {id: r.articleId})
  RETURN collect({rel: r, source: $source, target: $target, article: a { .id, .title, .outlet, .published, .url }}) AS claims
}
RETURN total, claims
