// What the inspector says, as pure functions of the wire data (tested without rendering): whether a claim
// carries evidence, which of its properties the evidence view does not already show, and the count texts of
// bundles and pages ("3 claims from 2 outlets", "2 relationships"). Degrees: degree-model.ts.
import type { Plain } from '../../../lib/neo4j/values.ts';
import { isComplete, type Bundle, type Claim } from '../../../lib/model/wire.ts';
import { claimPasses } from '../../../lib/model/filter.ts';
import type { GraphState } from '../state/types.ts';
import type { BundleCount } from '../state/visibility.ts';
import { formatNumber } from '../graph/elements.ts';

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Evidence: what the claim card's evidence view shows (status, article, quote, claimant, date, figures). */
export const hasEvidence = (c: Claim): boolean =>
  c.status !== null ||
  c.article !== null ||
  c.quote !== null ||
  c.claimant !== null ||
  c.date !== null ||
  c.dateText !== null ||
  Object.keys(c.figures).length > 0;

/** The relationship's properties minus the ones the evidence view shows (so nothing shows twice and nothing is
 *  dropped: a key is left out only when its value is on the card). Our ingest's own keys go with the evidence. */
export function otherProperties(c: Claim): Record<string, Plain> {
  const shown = new Set<string>();
  const show = (on: boolean, ...keys: string[]) => on && keys.forEach((k) => shown.add(k));
  const figures = Object.keys(c.figures);
  show(c.status !== null, 'status');
  show(c.date !== null, 'date');
  show(c.dateText !== null, 'dateText');
  show(c.claimant !== null, 'claimantId', 'claimantName');
  show(c.article !== null, 'articleId');
  show(c.quote !== null, 'quote');
  show(figures.length > 0, 'figureKeys', ...figures);
  show(hasEvidence(c), 'id', 'source', 'contentHash');
  return Object.fromEntries(Object.entries(c.properties ?? {}).filter(([k]) => !shown.has(k)));
}

/** 'claims' when the bundle carries evidence, else 'relationships' (a foreign schema's edges, MENTIONS). */
export const nounOf = (b: Pick<Bundle, 'kind'>): 'claims' | 'relationships' =>
  b.kind === 'structural' ? 'relationships' : 'claims';

/**
 * The bundle's count line: "3 claims from 2 outlets", "2 relationships", "≈120 claims from 9 outlets (450 in
 * all)". When the passing claims are all known and only some carry evidence: "3 relationships: 1 claim".
 */
export function edgeSummaryText(b: Bundle, count: BundleCount, outletCount: number, passing: Claim[]): string {
  const approx = count.exact ? '' : '≈';
  const inAll = count.count !== b.count ? ` (${formatNumber(b.count)} in all)` : '';
  if (b.kind === 'structural') return `${approx}${plural(count.count, 'relationship')}${inAll}`;
  const outlets = outletCount > 0 ? ` from ${plural(outletCount, 'outlet')}` : '';
  const known = passing.length === count.count && count.exact;
  const withEvidence = known ? passing.filter(hasEvidence).length : count.count;
  if (withEvidence === count.count) return `${approx}${plural(count.count, 'claim')}${outlets}${inAll}`;
  return `${plural(count.count, 'relationship')}: ${plural(withEvidence, 'claim')}${outlets}${inAll}`;
}

/** Claims without a date. A relationship without evidence has no date to miss, so it is not counted. */
export function undatedClaims(b: Bundle, passing: Claim[], summary: Pick<Bundle, 'undated'>): number {
  if (b.kind === 'structural') return 0;
  if (!isComplete(b)) return summary.undated;
  return passing.filter((c) => c.date === null && hasEvidence(c)).length;
}

/** "10 of 57 relationships shown". */
export const shownText = (shown: number, total: number, noun: string): string =>
  `${formatNumber(shown)} of ${formatNumber(total)} ${noun} shown`;

/** The relationships of `id` on the canvas that pass the filters: first `cap` of them, and how many in all. */
export function canvasClaimsOf(id: string, state: GraphState, cap: number): { claims: Claim[]; total: number } {
  const all = Object.values(state.bundles)
    .filter((b) => (b.source === id || b.target === id) && !state.filters.relTypes.includes(b.type))
    .flatMap((b) => b.claims)
    .filter((c) => claimPasses(c, state.filters));
  return { claims: all.slice(0, cap), total: all.length };
}
