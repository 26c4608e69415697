// Who filled this database (ingest/ownership.ts): `npm start` and every ingest ask before they write, so that
// neither writes into someone else's graph. Bounded at any size: node counts come from the count store
// (MATCH (n) / MATCH (n:StaticLabel) with count() read it in O(1)), db.labels() yields one row per label in
// use, not per node, and the marker lookup touches ExplorerMeta nodes only (a seek on explorer_meta_key, or
// where that constraint is missing a scan of the ExplorerMeta label alone).
// The app's node kinds never share a label, so their counts add up to the nodes it wrote.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:ExplorerMeta) RETURN count(n) AS meta }
CALL () { MATCH (n:ExplorerHub) RETURN count(n) AS hubs }
CALL () { MATCH (n:ExplorerHubNeighbour) RETURN count(n) AS hubNeighbours }
CALL () { MATCH (n:ExplorerHubClaims) RETURN count(n) AS hubClaims }
CALL () { MATCH (n:ExplorerHubBundle) RETURN count(n) AS hubBundles }
CALL () {
  CALL db.labels() YIELD label
  WITH label
  ORDER BY label
  RETURN collect(label) AS labels
}
WITH *, ['Entity', 'Article', 'ExplorerMeta', 'ExplorerHub', 'ExplorerHubNeighbour', 'ExplorerHubClaims',
  'ExplorerHubBundle'] AS kinds
WITH *, [l IN labels WHERE NOT l IN kinds AND NOT l IN $typeLabels] AS others
RETURN
  nodes,
  entities,
  entities + articles + meta + hubs + hubNeighbours + hubClaims + hubBundles AS appNodes,
  EXISTS { MATCH (:ExplorerMeta {key: 'ingest'}) } AS marked,
  others[0..$maxLabels] AS otherLabels,
  size(others) AS otherLabelCount,
  [l IN labels WHERE l IN $typeLabels] AS typeLabels,
  [l IN labels WHERE l IN kinds] AS appLabels
