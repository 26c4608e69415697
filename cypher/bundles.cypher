// Bundles: every claim of one (source, type, target), aggregated here so that only summaries travel.
// The caller names the bundles ($keys: {source, type, target} node keys with their {id, eid} lookups s and t,
// lib/model/node-key.ts; distinct, from bundle-keys-among.cypher, expand.cypher or a path). Each key is matched between its two bound endpoints (Expand(Into)), which Neo4j
// walks from the endpoint of smaller degree: a hub-to-leaf bundle costs the leaf's relationships, not the
// hub's 45,000, so the cost is bounded by the bundles asked for. Articles are looked up once per distinct
// article of a bundle (and for the capped cells and inline claims), never once per claim.
// A bundle between two hubs is read whole from the hub index (ExplorerHubBundle, lib/model/hub-index.ts) when
// ingest stored it; every other bundle is aggregated live.
// Caps mirror lib/model/wire.ts: $listCap (outlets, articles, days), $cellCap, $figureCap, $inline.
UNWIND $keys AS k
OPTIONAL MATCH (h:ExplorerHubBundle {key: k.source + '|' + k.type + '|' + k.target})
WITH k, h.json AS stored
OPTIONAL CALL (k, stored) {
  WITH k WHERE stored IS NULL
  CALL (k) {
    MATCH (s:Entity {id: k.s.id})
    RETURN s
    UNION ALL
    MATCH (s)
    WHERE elementId(s) = k.s.eid
    RETURN s
  }
  CALL (k) {
    MATCH (t:Entity {id: k.t.id})
    RETURN t
    UNION ALL
    MATCH (t)
    WHERE elementId(t) = k.t.eid
    RETURN t
  }
  MATCH (s)-[r]->(t)
  WHERE type(r) = k.type
  WITH k, r, CASE WHEN r.date IS NULL THEN null ELSE toString(r.date) END AS day
  ORDER BY r.date IS NULL, r.date DESC, @claimId(r)
  WITH k, collect({r: r, aid: r.articleId, day: day}) AS rows
  CALL (rows) {
    UNWIND rows AS x
    WITH x.r.status AS status, count(*) AS n
    WHERE status IS NOT NULL
    RETURN collect({key: status, count: n}) AS byStatus
  }
  CALL (rows) {
    UNWIND rows AS x
    WITH x.aid AS aid, count(*) AS n
    WHERE aid IS NOT NULL
    MATCH (a:Article {id: aid})
    WITH a, n ORDER BY n DESC, a.id
    RETURN collect({value: a { .id, .title, .outlet, .published, .url }, count: n}) AS articles
  }
  CALL (articles) {
    UNWIND articles AS x
    WITH x.value.outlet AS outlet, sum(x.count) AS n
    WHERE outlet IS NOT NULL
    WITH outlet, n ORDER BY n DESC, outlet
    RETURN collect({value: outlet, count: n}) AS outlets
  }
  CALL (rows) {
    UNWIND rows AS x
    WITH x.day AS day, count(*) AS n
    WHERE day IS NOT NULL
    WITH day, n ORDER BY day
    RETURN collect({value: day, count: n}) AS days
  }
  CALL (rows) {
    UNWIND rows AS x
    WITH x.r.status AS status, x.aid AS aid, x.day AS day, count(*) AS n, min(x.r.id) AS firstId
    // The order bundleOf gives cells: larger first, then by their first claim in the claim order.
    WITH status, aid, day, n ORDER BY n DESC, day IS NULL, day DESC, firstId
    RETURN collect({status: status, aid: aid, day: day, count: n}) AS allCells
  }
  CALL (allCells) {
    UNWIND allCells[..$cellCap] AS c
    OPTIONAL MATCH (a:Article {id: c.aid})
    RETURN collect({status: c.status, articleId: a.id, outlet: a.outlet, day: c.day, count: c.count}) AS cells
  }
  CALL (rows) {
    UNWIND rows AS x
    UNWIND coalesce(x.r.figureKeys, []) AS key
    WITH key, x.r[key] AS value,
    CASE WHEN x.r.claimantId IS NULL THEN null ELSE coalesce(x.r.claimantName, x.r.claimantId) END AS claimant
    WHERE value IS NOT NULL
    WITH key, value, count(*) AS n, collect(DISTINCT claimant) AS claimants
    ORDER BY key, value
    WITH key, collect({
      value: value, count: n,
      claimants: COLLECT { UNWIND claimants AS c WITH c ORDER BY c RETURN c }[..$figureCap]
    }) AS values
    RETURN collect({
      key: key,
      min: reduce(m = values[0].value, v IN values | CASE WHEN v.value < m THEN v.value ELSE m END),
      max: reduce(m = values[0].value, v IN values | CASE WHEN v.value > m THEN v.value ELSE m END),
      count: reduce(c = 0, v IN values | c + v.count),
      values: values[..$figureCap],
      valuesComplete: size(values) <= $figureCap
    }) AS figures
  }
  CALL (rows, k) {
    UNWIND rows[..$inline] AS x
    OPTIONAL MATCH (a:Article {id: x.aid})
    RETURN collect({rel: x.r, source: k.source, target: k.target, article: a { .id, .title, .outlet, .published, .url }}) AS claims
  }
  RETURN size(rows) AS count,
    any(x IN rows WHERE x.r.status IS NOT NULL OR x.aid IS NOT NULL OR x.r.quote IS NOT NULL) AS claimLike,
    byStatus,
    outlets[..$listCap] AS outlets, size(outlets) AS outletCount,
    articles[..$listCap] AS articles, size(articles) AS articleCount,
    days[0].value AS firstDate, days[-1].value AS lastDate,
    size([x IN rows WHERE x.day IS NULL]) AS undated,
    days[..$listCap] AS days, size(days) <= $listCap AS daysComplete,
    cells, size(allCells) <= $cellCap AS cellsComplete,
    figures, claims
}
WITH * WHERE stored IS NOT NULL OR count IS NOT NULL
RETURN k.source AS source, k.type AS type, k.target AS target, stored, count, claimLike, byStatus,
       outlets, outletCount, articles, articleCount, firstDate, lastDate, undated, days, daysComplete,
       cells, cellsComplete, figures, claims
