// Text normalisation shared by the quote check and alias matching.

/** Collapses whitespace runs; quotes are compared on this form. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Lower case, no diacritics: "Oekraïense" → "oekraiense". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Word tokens on Unicode letter/digit boundaries, folded. */
export function tokens(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The same tokens without diacritics but in their own case: tokens(s)[i] === casedTokens(s)[i].toLowerCase(). */
export function casedTokens(s: string): string[] {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A token of casedTokens with its place in the original text ([start, end) code units). */
export interface PositionedToken {
  cased: string;
  start: number;
  end: number;
}

/** casedTokens with places: a run of letters, digits and combining marks, without its marks. */
export function positionedTokens(s: string): PositionedToken[] {
  const out: PositionedToken[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const cased = m[0].normalize('NFD').replace(/\p{M}+/gu, '');
    if (cased !== '') out.push({ cased, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
