// Lexicon phrases matched word by word on folded tokens: "naar verluidt", "lever*" (a word it begins),
// "*granaten" (a word it ends: Dutch compounds). One matcher for triggers, hedges, units and cues.
import { tokens } from '../match/normalize.ts';

interface PhrasePart {
  text: string;
  mode: 'exact' | 'prefix' | 'suffix';
}

export interface Phrase {
  source: string;
  parts: PhrasePart[];
  /** Written with a trailing ">": the word stands right before the claim's `to` ("naar> Rusland", "in> Koersk"). */
  beforeTo?: true;
}

/** A token of a sentence: folded text and place in the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

function partOf(word: string): PhrasePart {
  if (word.endsWith('*')) return { text: word.slice(0, -1), mode: 'prefix' };
  if (word.startsWith('*')) return { text: word.slice(1), mode: 'suffix' };
  return { text: word, mode: 'exact' };
}

/** "zo'n" → [zo, n]; "lever*" → prefix lever; "%" stays a one-symbol phrase. */
export function compilePhrase(written: string): Phrase {
  const beforeTo = written.trim().endsWith('>');
  const source = beforeTo ? written.trim().slice(0, -1) : written;
  const words = source.trim().split(/\s+/u);
  const parts: PhrasePart[] = [];
  for (const w of words) {
    const star = w.startsWith('*') ? '*' : '';
    const end = w.endsWith('*') && w.length > 1 ? '*' : '';
    const toks = tokens(w);
    if (toks.length === 0) parts.push({ text: w, mode: 'exact' });
    toks.forEach((t, i) => parts.push(partOf(`${i === 0 ? star : ''}${t}${i === toks.length - 1 ? end : ''}`)));
  }
  return beforeTo ? { source, parts, beforeTo } : { source, parts };
}

const partMatches = (p: PhrasePart, t: string): boolean =>
  p.mode === 'exact' ? t === p.text : p.mode === 'prefix' ? t.startsWith(p.text) : t.endsWith(p.text);

/** Token indexes where the phrase starts. */
export function phraseAt(toks: readonly Token[], phrase: Phrase): number[] {
  const out: number[] = [];
  for (let i = 0; i + phrase.parts.length <= toks.length; i++)
    if (phrase.parts.every((p, k) => partMatches(p, toks[i + k]!.text))) out.push(i);
  return out;
}

/** Every match of any of the phrases: [first token, token count, phrase]. */
export function matchAny(
  toks: readonly Token[],
  phrases: readonly Phrase[],
): { at: number; length: number; phrase: Phrase }[] {
  const out: { at: number; length: number; phrase: Phrase }[] = [];
  for (const phrase of phrases)
    for (const at of phraseAt(toks, phrase)) out.push({ at, length: phrase.parts.length, phrase });
  return out.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** The phrase that ends exactly at token `end` (exclusive), longest first. */
export function phraseEndingAt(toks: readonly Token[], end: number, phrases: readonly Phrase[]): Phrase | undefined {
  let best: Phrase | undefined;
  for (const p of phrases) {
    const at = end - p.parts.length;
    if (at < 0 || !p.parts.every((part, k) => partMatches(part, toks[at + k]!.text))) continue;
    if (!best || p.parts.length > best.parts.length) best = p;
  }
  return best;
}
