// Builds the Lucene query string for the `entity_search` full-text index from free user input.
// The result is passed as a query PARAMETER; it is never spliced into Cypher text.

/** Characters with a meaning in Lucene's classic query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const MAX_TERMS = 8;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Lowercase and strip diacritics like the index's standard-folding analyzer, for wildcard/fuzzy terms. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits input into word tokens the way the standard tokenizer roughly does (letters and digits). */
export function tokenize(input: string): string[] {
  return (fold(input).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** Edit distance allowed for a term: none for very short words, 1 for short, 2 for long. */
export function fuzziness(term: string): 0 | 1 | 2 {
  if (term.length <= 2) return 0;
  if (term.length <= 5) return 1;
  return 2;
}

/** One term: exact (boosted) OR prefix OR fuzzy. */
export function termClause(term: string): string {
  const t = escapeLucene(term);
  const parts = [`${t}^4`];
  if (term.length >= 2) parts.push(`${t}*^2`);
  const f = fuzziness(term);
  if (f > 0) parts.push(`${t}~${f}`);
  return `(${parts.join(' OR ')})`;
}

/**
 * Every word must match (exactly, as prefix, or fuzzily); the whole phrase, when it has
 * several words, scores extra. Returns null when the input has no searchable words.
 */
export function buildLuceneQuery(input: string): string | null {
  const terms = tokenize(input);
  if (terms.length === 0) return null;
  const all = terms.map((t) => `+${termClause(t)}`).join(' ');
  if (terms.length === 1) return all;
  const phrase = `"${terms.map(escapeLucene).join(' ')}"^8`;
  return `(${all}) OR ${phrase}`;
}
