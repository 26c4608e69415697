// The start page of a graph that ingest did not rank (one this app did not fill): the $limit best-connected nodes
// of a bounded sample ($sample nodes, the first the store gives; the app's own bookkeeping labels excluded), by
// degree from the degree store (getDegree: O(1) per node), so a graph of any size costs the same. `nodes` is the
// graph's node count from the count store, for the view to say what share was sampled.
MATCH (n)
WHERE NOT (n:ExplorerMeta OR n:ExplorerHub OR n:ExplorerHubNeighbour OR n:ExplorerHubClaims OR n:ExplorerHubBundle)
WITH n LIMIT $sample
WITH n, COUNT { (n)--() } AS degree
WITH collect({n: n, degree: degree}) AS sampled
CALL (sampled) {
  UNWIND sampled AS x
  WITH x ORDER BY x.degree DESC, elementId(x.n)
  LIMIT $limit
  RETURN collect(x.n) AS nodes
}
RETURN nodes, size(sampled) AS examined, COUNT { MATCH (m) RETURN m } AS total
