// Figures: numbers with a unit word, in the article language's format ("10.000 militairen", "11,000 troops",
// "1500 soldaten", "2 miljoen granaten", "een miljoen", "40%"), with a qualifier in front ("ten minste", "more than").
import type { Lexicon, Qualifier } from './lexicon.ts';
import { matchAny, phraseEndingAt, type Token } from './phrases.ts';

export interface Figure {
  key: string;
  value: number;
  qualifier?: Qualifier;
  /** The words as written, e.g. "ruim 1500 soldaten". */
  text: string;
}

/** Words between a number and its unit: "3000 Noord-Koreaanse militairen", "2 miljoen artilleriegranaten". */
const UNIT_WINDOW = 3;

/** A written number in the lexicon's format, or null: "11.000" (nl) / "11,000" (en) → 11000, "2,5" (nl) → 2.5. */
export function parseNumber(written: string, lex: Pick<Lexicon, 'numbers'>): number | null {
  const { decimal, thousands } = lex.numbers;
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const grouped = new RegExp(`^\\d{1,3}(?:${esc(thousands)}\\d{3})+(?:${esc(decimal)}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:${esc(decimal)}\\d+)?$`);
  if (!grouped.test(written) && !plain.test(written)) return null;
  const n = Number(written.split(thousands).join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : null;
}

interface NumberAt {
  value: number;
  first: number;
  last: number;
}

/** Numbers in the tokens: digits (re-joined across the separators of the language), number words, multipliers. */
function numbersIn(text: string, toks: readonly Token[], lex: Lexicon): NumberAt[] {
  const out: NumberAt[] = [];
  for (let i = 0; i < toks.length; i++) {
    let value: number | null = null;
    let last = i;
    if (/^\d/.test(toks[i]!.text)) {
      // Join "11", ".", "000" while the text between tokens is one separator character.
      while (last + 1 < toks.length && /^\d+$/.test(toks[last + 1]!.text)) {
        const between = text.slice(toks[last]!.end, toks[last + 1]!.start);
        if (between !== lex.numbers.thousands && between !== lex.numbers.decimal) break;
        last++;
      }
      value = parseNumber(text.slice(toks[i]!.start, toks[last]!.end), lex);
    } else if (lex.numbers.words.has(toks[i]!.text) && lex.numbers.multipliers.has(toks[i + 1]?.text ?? '')) {
      value = lex.numbers.words.get(toks[i]!.text)!;
    }
    if (value === null) continue;
    const mult = lex.numbers.multipliers.get(toks[last + 1]?.text ?? '');
    if (mult !== undefined) {
      value *= mult;
      last++;
    }
    out.push({ value: Math.round(value * 1e6) / 1e6, first: i, last });
    i = last;
  }
  return out;
}

function unitAfter(
  text: string,
  toks: readonly Token[],
  n: NumberAt,
  lex: Lexicon,
): { key: string; last: number } | null {
  if (/^\s?%/.test(text.slice(toks[n.last]!.end))) return { key: 'percent', last: n.last };
  const window = toks.slice(n.last + 1, n.last + 1 + UNIT_WINDOW);
  for (const m of lex.numbers.units
    .flatMap((u) => matchAny(window, u.phrases).map((hit) => ({ key: u.key, hit })))
    .sort((a, b) => a.hit.at - b.hit.at))
    return { key: m.key, last: n.last + 1 + m.hit.at + m.hit.length - 1 };
  return null;
}

function qualifierBefore(toks: readonly Token[], first: number, lex: Lexicon): Qualifier | undefined {
  let best: { qualifier: Qualifier; length: number } | undefined;
  for (const q of lex.numbers.qualifiers) {
    const p = phraseEndingAt(toks, first, q.phrases);
    if (p && (!best || p.parts.length > best.length)) best = { qualifier: q.qualifier, length: p.parts.length };
  }
  return best?.qualifier;
}

/** The figures of one sentence (`text` is the article text the tokens point into). */
export function parseFigures(text: string, toks: readonly Token[], lex: Lexicon): Figure[] {
  const out: Figure[] = [];
  for (const n of numbersIn(text, toks, lex)) {
    const unit = unitAfter(text, toks, n, lex);
    if (!unit) continue;
    const qualifier = qualifierBefore(toks, n.first, lex);
    const end =
      unit.key === 'percent' && unit.last === n.last ? text.indexOf('%', toks[n.last]!.end) + 1 : toks[unit.last]!.end;
    out.push({
      key: unit.key,
      value: n.value,
      ...(qualifier ? { qualifier } : {}),
      text: text.slice(toks[n.first]!.start, end).replace(/\s+/gu, ' '),
    });
  }
  return out;
}
