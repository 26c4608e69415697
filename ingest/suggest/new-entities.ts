// Proper-noun phrases that match no known entity, proposed as new entities with a guessed type: a run of
// capitalised words (with name particles such as "van der" inside), not the first word of a sentence, not covered by
// a known entity's alias. The type comes from a cue word before or inside the name ("president", "*dienst"),
// else from its shape.
import type { Mention } from '../match/aliases.ts';
import type { Lexicon } from './lexicon.ts';
import { matchAny, phraseEndingAt, type Token } from './phrases.ts';
import type { Sentence } from './sentences.ts';
import type { NewEntity } from './types.ts';

/** Bound: at most this many proposals per article, the most mentioned first. */
export const MAX_NEW_ENTITIES = 40;
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'al', 'bin', 'el', 'la', 'le', 'of', 'the']);
const CUE_WINDOW = 3;

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

function runs(
  text: string,
  s: Sentence,
  covered: (t: Token) => boolean,
  lex: Lexicon,
): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const skip = (i: number) => {
    const t = s.tokens[i]!;
    return covered(t) || lex.dates.months.includes(t.text) || lex.dates.weekdays.includes(t.text) || /^\d/.test(t.text);
  };
  let i = 1;
  while (i < s.tokens.length) {
    if (skip(i) || !capitalised(text.slice(s.tokens[i]!.start, s.tokens[i]!.end))) {
      i++;
      continue;
    }
    let last = i;
    for (let k = i + 1; k < s.tokens.length && !skip(k); k++) {
      const word = text.slice(s.tokens[k]!.start, s.tokens[k]!.end);
      if (capitalised(word)) last = k;
      else if (!PARTICLES.has(s.tokens[k]!.text)) break;
    }
    out.push({ first: i, last });
    i = last + 1;
  }
  return out;
}

function guessType(
  s: Sentence,
  run: { first: number; last: number },
  name: string,
  lex: Lexicon,
): { type: string; rule: string } {
  const inside = s.tokens.slice(run.first, run.last + 1);
  for (const c of lex.entityCues) {
    const hit = matchAny(inside, c.phrases)[0];
    if (hit) return { type: c.type, rule: `cue "${hit.phrase.source}" in the name` };
  }
  for (let end = run.first; end >= Math.max(0, run.first - CUE_WINDOW); end--)
    for (const c of lex.entityCues) {
      const p = phraseEndingAt(s.tokens, end, c.phrases);
      if (p) return { type: c.type, rule: `cue "${p.source}" before the name` };
    }
  if (/^\p{Lu}{2,}$/u.test(name)) return { type: 'Organization', rule: 'shape: an abbreviation' };
  return run.last > run.first
    ? { type: 'Person', rule: 'shape: several capitalised words' }
    : { type: 'Place', rule: 'shape: one capitalised word' };
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function proposeEntities(
  text: string,
  sentences: readonly Sentence[],
  known: readonly Mention[],
  lex: Lexicon,
): NewEntity[] {
  const covered = (t: Token) => known.some((m) => t.start < m.end && t.end > m.start);
  const byId = new Map<string, NewEntity>();
  for (const s of sentences)
    for (const run of runs(text, s, covered, lex)) {
      const name = text.slice(s.tokens[run.first]!.start, s.tokens[run.last]!.end).replace(/\s+/gu, ' ');
      const id = slug(name);
      if (id === '') continue;
      const seen = byId.get(id);
      if (seen) {
        seen.mentions++;
        continue;
      }
      const guess = guessType(s, run, name, lex);
      byId.set(id, { id, name, type: guess.type, mentions: 1, rule: guess.rule, quote: s.text.replace(/\s+/gu, ' ') });
    }
  return [...byId.values()]
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, MAX_NEW_ENTITIES);
}
