// Putting the hits of several indexes and methods into one bounded, ordered page. Pure.
import type { SearchResult } from '../../lib/model/wire.ts';

/** Indexed and scanned hits score 3 when the caption equals the text (ignoring case), 2 when it starts with it,
 *  1 when it contains it (the scan only). */
export const EXACT_SCORE = 3;

const byScoreThenName = (a: SearchResult, b: SearchResult): number =>
  b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Hits of several full-text indexes: one per node (its best score), best first, at most `limit`. Scores of
 *  different indexes are compared as they are; each index ranks with the same Lucene scoring. */
export function mergeByScore(lists: readonly (readonly SearchResult[])[], limit: number): SearchResult[] {
  const best = new Map<string, SearchResult>();
  for (const hit of lists.flat()) {
    const seen = best.get(hit.id);
    if (!seen || hit.score > seen.score) best.set(hit.id, hit);
  }
  return [...best.values()].sort(byScoreThenName).slice(0, limit);
}

/** Full-text hits and indexed hits (which cover other labels) in one page: an exact caption match first, as the
 *  surest answer, then full-text relevance, then prefix matches. Lucene scores and the indexed 3/2 are not on
 *  one scale, so they are ordered by kind, not compared. */
export function combine(
  fulltext: readonly SearchResult[],
  indexed: readonly SearchResult[],
  limit: number,
): SearchResult[] {
  const sorted = [...indexed].sort(byScoreThenName);
  const ordered = [
    ...sorted.filter((h) => h.score >= EXACT_SCORE),
    ...fulltext,
    ...sorted.filter((h) => h.score < EXACT_SCORE),
  ];
  const seen = new Set<string>();
  return ordered.filter((h) => !seen.has(h.id) && seen.add(h.id)).slice(0, limit);
}

/** Spellings an exact or prefix seek tries, since RANGE and TEXT indexes compare case-sensitively: as typed,
 *  lower, upper, Each Word Capitalised and First capitalised ("ever given" also finds "Ever Given"). */
export function caseVariants(text: string): string[] {
  const t = text.trim();
  const lower = t.toLowerCase();
  const words = lower.replace(/(^|[\s\-'.(/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const first = lower.charAt(0).toUpperCase() + lower.slice(1);
  return [...new Set([t, lower, t.toUpperCase(), words, first])].filter((v) => v.length > 0);
}
