// Sentence splitting with Intl.Segmenter in the article's language. Lines stay apart (headlines and captions have
// no full stop), and a cut after an abbreviation of the lexicon ("Mr.", "N.") or a single capital is undone.
import { fold, positionedTokens } from '../match/normalize.ts';
import type { Token } from './phrases.ts';

export interface Sentence {
  /** The article's own text of the sentence, trimmed. */
  text: string;
  /** [start, end) in the article text. */
  start: number;
  end: number;
  /** Folded word tokens, places in the article text. */
  tokens: Token[];
}

function endsWithAbbreviation(segment: string, abbreviations: ReadonlySet<string>): boolean {
  const m = /(?:^|[\s(])([\p{L}]+)\.\s*$/u.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  return (word.length === 1 && /\p{Lu}/u.test(word)) || abbreviations.has(fold(word));
}

/** The sentences of `text`, in order. */
export function splitSentences(text: string, language: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const spans: { start: number; end: number }[] = [];
  let carry: { start: number; end: number } | null = null;
  for (const s of segmenter.segment(text)) {
    const span: { start: number; end: number } = carry
      ? { start: carry.start, end: s.index + s.segment.length }
      : { start: s.index, end: s.index + s.segment.length };
    const joined = text.slice(span.start, span.end);
    if (!/\n/.test(s.segment) && endsWithAbbreviation(joined, abbreviations)) {
      carry = span;
      continue;
    }
    carry = null;
    spans.push(span);
  }
  if (carry) spans.push(carry);
  return spans.flatMap((s) => lines(text, s.start, s.end));
}

/** Cuts a segment at line breaks and trims each piece; empty pieces are dropped. */
function lines(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let at = start;
  for (const piece of text.slice(start, end).split('\n')) {
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body !== '') {
      const s = at + lead;
      out.push({ text: body, start: s, end: s + body.length, tokens: tokensAt(body, s) });
    }
    at += piece.length + 1;
  }
  return out;
}

function tokensAt(body: string, offset: number): Token[] {
  return positionedTokens(body).map((t) => ({
    text: t.cased.toLowerCase(),
    start: t.start + offset,
    end: t.end + offset,
  }));
}
