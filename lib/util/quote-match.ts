// The one quote matcher (ingest's quote check and the article reader's highlight): finds a quote in its article
// across typography (’ and ', “ and ", – and -, a non-breaking space and a space). A quote typed with a straight
// apostrophe ("Moscow's") used to be refused because the article has ’. What is stored is always the article's own
// text at that place, so the reader's highlight still finds it.

/** One code unit → one code unit, so an index in the folded text is an index in the original. */
const TYPOGRAPHY: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

const SPACE = /\s/u;

/** The searchable form of a text (typography folded, whitespace runs as one space, trimmed) and where each of its
 *  characters came from in the original. */
export interface FoldedText {
  text: string;
  origin: number[];
}

export function foldTypography(s: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (SPACE.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      origin.push(i - 1);
      pendingSpace = false;
    }
    text += TYPOGRAPHY[ch] ?? ch;
    origin.push(i);
  }
  return { text, origin };
}

/** Where the quote sits in the original text ([start, end) code units), or null when the text does not contain it. */
export function findQuote(text: FoldedText, quote: string): { start: number; end: number } | null {
  const q = foldTypography(quote).text;
  if (q === '') return null;
  const at = text.text.indexOf(q);
  if (at < 0) return null;
  return { start: text.origin[at]!, end: text.origin[at + q.length - 1]! + 1 };
}

/** The article's own text of the quote, whitespace collapsed, or null when the article does not contain it. */
export function locateQuote(article: FoldedText, original: string, quote: string): string | null {
  const span = findQuote(article, quote);
  return span && original.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
}
