// The hub index: what ingest stores, in the same transaction as the data, about the largest entities, so that
// requests about a hub read a page by index seeks instead of ranking or sorting its tens of thousands of
// relationships. Written by ingest/write/hub-index.ts, read by expand, claims, bundles and bundle-keys-among.
//
//   (:ExplorerHub {id, neighbours, claims})                 which entities are indexed, with their totals
//   (:ExplorerHubNeighbour {hub, rank, id, weight, kindsOut, kindsIn})   the expand order of its neighbours
//   (:ExplorerHubClaims {hub, chunk, eids, ids})             the claim order, HUB_CLAIMS_CHUNK claims a node
//   (:ExplorerHubBundle {key, source, type, target, count, json})  every bundle between two hubs, whole
//
// A database this app did not fill has none of it, and every request computes live.

/** An entity with at least this many claims is a hub. */
export const HUB_MIN_CLAIMS = 1000;
/** At most this many hubs are indexed (the largest first). */
export const HUB_MAX = 100;
/** Claims per ExplorerHubClaims node. */
export const HUB_CLAIMS_CHUNK = 1000;

export interface HubIndexOptions {
  minClaims: number;
  max: number;
}

export const DEFAULT_HUB_INDEX: HubIndexOptions = { minClaims: HUB_MIN_CLAIMS, max: HUB_MAX };
