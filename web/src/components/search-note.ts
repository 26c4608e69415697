// What the search box says about an answer besides its hits, and how it names a hit's kind. Pure.
import type { SearchPage, SearchResult } from '../api/types.ts';

/** A small note under the hits when the answer may miss matches; null when it is complete. */
export function searchNote(page: Pick<SearchPage, 'partial' | 'method'>): string | null {
  if (!page.partial) return null;
  return page.method === 'scan' ? 'partial results (no full-text index)' : 'partial results (cut to fit)';
}

/** A curated entity's type; a node of another graph by its labels (`Company · Shipowner`). */
export const resultKind = (hit: Pick<SearchResult, 'type' | 'labels'>): string =>
  hit.labels && hit.labels.length > 0 ? hit.labels.join(' · ') : hit.type;
