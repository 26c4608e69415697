// Finds a quote in article text after whitespace normalisation and splits the text around it.

export interface Segment {
  text: string;
  mark: boolean;
}

const norm = (ch: string) => (/\s/.test(ch) ? ' ' : ch);
/** Typographic quotes/dashes differ between curated quotes and scraped text. */
const FOLD: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };
const fold = (ch: string) => FOLD[ch] ?? ch;

/** Normalised text plus, for each of its characters, the index in the original. */
const normalise = (text: string): { s: string; map: number[] } => {
  let s = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = fold(norm(text[i]!)).toLowerCase();
    if (c === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    s += c;
    map.push(i);
  }
  return { s, map };
};

export function highlightSegments(text: string, quote: string | undefined | null): Segment[] {
  const q = normalise(quote ?? '').s.trim();
  if (!q) return [{ text, mark: false }];
  const { s, map } = normalise(text);
  const at = s.indexOf(q);
  if (at < 0) return [{ text, mark: false }];
  const start = map[at]!;
  const end = map[at + q.length - 1]! + 1;
  return [
    { text: text.slice(0, start), mark: false },
    { text: text.slice(start, end), mark: true },
    { text: text.slice(end), mark: false },
  ].filter((seg) => seg.text.length > 0);
}
