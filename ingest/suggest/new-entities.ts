// Proper-noun phrases that match no known entity, proposed as new entities with a guessed type: a run of
// capitalised words (with name particles such as "van der" inside, joined by spaces or hyphens), not covered by a known
// entity's alias, without the words the article also writes in lower case ("De", "Situatie"), and not a sentence's
// first word alone. The type comes from a cue word right before or inside the name ("president", "*dienst"), else
// from its shape; one word named once without a cue is left out.
import type { Mention } from '../match/aliases.ts';
import { fold } from '../match/normalize.ts';
import type { Lexicon } from './lexicon.ts';
import { matchAny, phraseEndingAt, type Token } from './phrases.ts';
import type { Sentence } from './sentences.ts';
import type { NewEntity } from './types.ts';

/** Bound: at most this many proposals per article, the most mentioned first. */
export const MAX_NEW_ENTITIES = 40;
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'von', 'al', 'bin', 'el', 'la', 'le', 'of', 'the']);
const CUE_WINDOW = 0;

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

interface Run {
  first: number;
  last: number;
}

/** What may stand between two words of one name: a space, or a hyphen ("Kim Jong-un"). */
const NAME_GAP = /^(?:[ \t]+|-)$/u;

interface RunContext {
  text: string;
  s: Sentence;
  /** Words the article also writes in lower case: common words, not names ("De", "Bewijs", "Situatie"). */
  common: ReadonlySet<string>;
  skip: (i: number) => boolean;
}

function runAt(c: RunContext, i: number): Run {
  const { text, s } = c;
  let last = i;
  for (let k = i + 1; k < s.tokens.length && !c.skip(k); k++) {
    const gap = text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start);
    if (!NAME_GAP.test(gap)) break;
    if (capitalised(text.slice(s.tokens[k]!.start, s.tokens[k]!.end)) || gap === '-') last = k;
    else if (!PARTICLES.has(s.tokens[k]!.text)) break;
  }
  let first = i;
  while (first <= last && (c.common.has(s.tokens[first]!.text) || PARTICLES.has(s.tokens[first]!.text))) first++;
  while (last >= first && (c.common.has(s.tokens[last]!.text) || PARTICLES.has(s.tokens[last]!.text))) last--;
  return { first, last };
}

function runs(c: RunContext): Run[] {
  const out: Run[] = [];
  const word = (i: number) => c.text.slice(c.s.tokens[i]!.start, c.s.tokens[i]!.end);
  let i = 0;
  while (i < c.s.tokens.length) {
    if (c.skip(i) || !capitalised(word(i))) {
      i++;
      continue;
    }
    const run = runAt(c, i);
    // The first word of a sentence is capitalised anyway: alone, it is no name.
    if (run.last >= run.first && !(run.first === 0 && run.last === 0)) out.push(run);
    i = Math.max(run.last, i) + 1;
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

function commonWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}]*/gu)) out.add(fold(m[0]));
  return out;
}

export function proposeEntities(
  text: string,
  sentences: readonly Sentence[],
  known: readonly Mention[],
  lex: Lexicon,
): NewEntity[] {
  const covered = (t: Token) => known.some((m) => t.start < m.end && t.end > m.start);
  const common = commonWords(text);
  const byId = new Map<string, NewEntity>();
  for (const s of sentences) {
    const skip = (i: number) => {
      const t = s.tokens[i]!;
      return (
        covered(t) || lex.dates.months.includes(t.text) || lex.dates.weekdays.includes(t.text) || /^\d/.test(t.text)
      );
    };
    for (const run of runs({ text, s, common, skip })) {
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
  }
  // One capitalised word named once, without a cue, is more often a headline word than a name.
  return [...byId.values()]
    .filter((e) => e.mentions > 1 || e.name.includes(' ') || e.rule.startsWith('cue'))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, MAX_NEW_ENTITIES);
}
