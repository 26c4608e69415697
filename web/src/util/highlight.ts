// Finds a quote in article text (the one matcher ingest verifies quotes with) and splits the text around it.
import { findQuote, foldTypography } from '../../../lib/util/quote-match.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export function highlightSegments(text: string, quote: string | undefined | null): Segment[] {
  const span = findQuote(foldTypography(text), quote ?? '');
  if (!span) return [{ text, mark: false }];
  const { start, end } = span;
  return [
    { text: text.slice(0, start), mark: false },
    { text: text.slice(start, end), mark: true },
    { text: text.slice(end), mark: false },
  ].filter((seg) => seg.text.length > 0);
}
