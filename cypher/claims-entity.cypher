// One page of the relationships (claims) touching one node ($key: {id, eid}, lib/model/node-key.ts; optionally by
// type and direction), same order and
// filters as claims-bundle.cypher. Bounded by the entity's degree: one pass counts the matching claims, one
// keeps a Top-k (skip + limit) on (date, id), reading two properties per relationship; no claim property is
// read for the filters unless one is active ($filtered), and articles only for the page. (Collecting the
// matches into a list and unwinding it would save the counting pass, but Neo4j then charges every sorted
// row with the whole list's memory: deep pages of a hub ran out of transaction memory.)
// $withFigures keeps only claims that carry figures (the figure table).
// A hub (lib/model/hub-index.ts) asked for all its claims, unfiltered and not only those with figures, reads the page's element ids from its
// stored claim order (one or two chunks) and seeks each claim; an entry whose claim id no longer matches
// (the store changed outside ingest) is left out rather than shown wrong. Any other node walks at most $walkCap
// relationships (a foreign graph has no hub index): past that, `partial`.
CALL () {
  MATCH (e:Entity {id: $key.id})
  RETURN e
  UNION ALL
  MATCH (e)
  WHERE elementId(e) = $key.eid
  RETURN e
}
OPTIONAL MATCH (h:ExplorerHub {id: e.id})
WITH e, h, h IS NOT NULL AND $types IS NULL AND $direction = 'both' AND NOT $filtered AND NOT $withFigures AS indexed
CALL (e, h, indexed) {
  WITH e, h WHERE indexed
  CALL (e) {
    MATCH (x:ExplorerHubClaims {hub: e.id})
    WHERE x.chunk >= $skip / $chunk AND x.chunk <= ($skip + $limit - 1) / $chunk
    UNWIND range(0, size(x.eids) - 1) AS i
    WITH x.chunk * $chunk + i AS pos, x.eids[i] AS eid, x.ids[i] AS cid
    WHERE pos >= $skip AND pos < $skip + $limit
    MATCH ()-[r]->()
    WHERE elementId(r) = eid AND coalesce(r.id, '') = cid
    WITH r, pos ORDER BY pos
    OPTIONAL MATCH (a:Article {id: r.articleId})
    RETURN collect({rel: r, source: startNode(r).id, target: endNode(r).id, article: a { .id, .title, .outlet, .published, .url }}) AS claims
  }
  RETURN h.claims AS total, claims, false AS partial
  UNION ALL
  WITH e WHERE NOT indexed
  WITH e, COUNT {
    MATCH (e)-[r]-()
    WHERE @drawn(r)
      AND (NOT $withFigures OR size(coalesce(r.figureKeys, [])) > 0)
      AND ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = e)
        OR ($direction = 'in' AND endNode(r) = e))
      AND (NOT $filtered OR (r.status IS NULL AND r.articleId IS NULL) OR (
        NOT coalesce(r.status IN $hideStatuses, false)
        AND NOT coalesce(r.articleId IN $hideArticles, false)
        AND ($hideOutlets = [] OR NOT coalesce(COLLECT { MATCH (x:Article {id: r.articleId}) RETURN x.outlet }[0] IN $hideOutlets, false))
        AND CASE WHEN r.date IS NULL THEN $undated
            ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END))
    WITH DISTINCT r LIMIT $walkCap
    RETURN r
  } AS total
  CALL (e) {
    MATCH (e)-[r]-()
    WHERE @drawn(r)
      AND (NOT $withFigures OR size(coalesce(r.figureKeys, [])) > 0)
      AND ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both'
        OR ($direction = 'out' AND startNode(r) = e)
        OR ($direction = 'in' AND endNode(r) = e))
      AND (NOT $filtered OR (r.status IS NULL AND r.articleId IS NULL) OR (
        NOT coalesce(r.status IN $hideStatuses, false)
        AND NOT coalesce(r.articleId IN $hideArticles, false)
        AND ($hideOutlets = [] OR NOT coalesce(COLLECT { MATCH (x:Article {id: r.articleId}) RETURN x.outlet }[0] IN $hideOutlets, false))
        AND CASE WHEN r.date IS NULL THEN $undated
            ELSE ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to)) END))
    WITH DISTINCT r LIMIT $walkCap
    WITH r
    ORDER BY r.date IS NULL, r.date DESC, @claimId(r)
    SKIP $skip
    LIMIT $limit
    WITH r, startNode(r) AS s, endNode(r) AS t
    OPTIONAL MATCH (a:Article {id: r.articleId})
    RETURN collect({rel: r, source: @key(s), target: @key(t), article: a { .id, .title, .outlet, .published, .url }}) AS claims
  }
  RETURN total, claims, COUNT { (e)--() } > $walkCap AS partial
}
RETURN total, claims, partial
