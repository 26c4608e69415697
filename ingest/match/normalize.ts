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
