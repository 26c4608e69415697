// Which characters to underline for a Neo4j error offset: the token starting there, or the last character at end of text. Pure.
export function errorRange(text: string, offset: number): { from: number; to: number } | null {
  if (text.length === 0) return null;
  const at = Math.min(Math.max(0, offset), text.length);
  if (at >= text.length || /\s/.test(text[at]!)) {
    // Errors "at end of input" point past the text: underline the last non-space character before.
    let end = at;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    return end === 0 ? null : { from: end - 1, to: end };
  }
  const m = /^[A-Za-z0-9_$`.]+/.exec(text.slice(at));
  return { from: at, to: at + (m ? m[0].length : 1) };
}
