// Removes what the hub index holds for the hubs $ids (before they are indexed anew, or when they are no
// longer hubs): their neighbour ranks, claim order, hub-to-hub bundles and hub node.
UNWIND $ids AS hid
CALL (hid) {
  MATCH (x:ExplorerHubNeighbour {hub: hid})
  WHERE x.rank IS NOT NULL
  DELETE x
}
CALL (hid) {
  MATCH (x:ExplorerHubClaims {hub: hid})
  WHERE x.chunk IS NOT NULL
  DELETE x
}
CALL (hid) {
  MATCH (x:ExplorerHubBundle {source: hid})
  DELETE x
}
CALL (hid) {
  MATCH (x:ExplorerHubBundle {target: hid})
  DELETE x
}
CALL (hid) {
  MATCH (x:ExplorerHub {id: hid})
  DELETE x
}
