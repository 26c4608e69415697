// Before an export: the claims of every shown edge whose bundle travelled with a preview only
// (count > inline claims) are paged in from GET /api/claims, so that no export drops a claim's
// article, quote, claimant or date. On the story data every bundle is complete and nothing is fetched.
import type cytoscape from 'cytoscape';
import { api } from '../api/client.ts';
import type { ApiClient } from '../../../lib/api/client.ts';
import { noClaimFilter, type ClaimFilter } from '../../../lib/model/filter.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { shownElements, type Evidence, type Region } from './snapshot.ts';

export type Progress = (claimsLoaded: number, claimsWanted: number) => void;

/** The shown edges that carry only a preview of their claims. */
export const incompleteEdges = (cy: cytoscape.Core, region: Region): cytoscape.EdgeCollection =>
  shownElements(cy, region)
    .edges()
    .filter((e) => e.data('complete') === false);

/** Pages every claim of the incomplete shown edges (bounded pages, one edge after another). */
export async function loadEvidence(
  cy: cytoscape.Core,
  region: Region,
  filter: ClaimFilter = noClaimFilter(),
  onProgress?: Progress,
  client: Pick<ApiClient, 'allClaims'> = api,
): Promise<Evidence> {
  const edges = incompleteEdges(cy, region).map((e) => ({
    id: e.id(),
    bundle: String(e.data('bundle') ?? e.id()),
    want: Number(e.data('claimCount') ?? 0),
  }));
  const out = new Map<string, Claim[]>();
  const wanted = edges.reduce((s, e) => s + e.want, 0);
  let done = 0;
  for (const e of edges) {
    const r = await client.allClaims({ bundle: e.bundle }, { filter, onPage: (n) => onProgress?.(done + n, wanted) });
    if (!r.ok) throw new Error(`could not load the claims of ${e.bundle}: ${r.error.message}`);
    out.set(e.id, r.value.claims);
    done += r.value.claims.length;
  }
  return out;
}

/** The canvas's claim filters (the explorer hook), or none when the app is not there. */
export const canvasFilter = (): ClaimFilter =>
  (window as unknown as { __explorer?: { getState(): { filters: ClaimFilter } } }).__explorer?.getState().filters ??
  noClaimFilter();
