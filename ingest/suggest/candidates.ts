// suggestClaims: candidate claims for one article from the known entities, sentence by sentence. Pure: the article,
// the entities, the lexicons and (optionally) the curated claims of other articles in; proposals out.
import { buildAliasIndex, findMentions, type Mention } from '../match/aliases.ts';
import { foldTypography, locateQuote } from '../../lib/util/quote-match.ts';
import { attributionOf, dateOf, statusOf, type Attribution, type StatusCue, type TokenMention } from './cues.ts';
import { LexiconError, type Lexicon, type Lexicons, type RelationSignature } from './lexicon.ts';
import { parseFigures, type Figure } from './numbers.ts';
import { coordinated, entityPairs } from './pairs.ts';
import { matchAny } from './phrases.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { learnHistory, typePair, type History, type SentenceFacts, type Typed } from './typing.ts';
import { proposeEntities } from './new-entities.ts';
import type { Candidate, KnownClaim, SuggestArticle, SuggestEntity, Suggestions } from './types.ts';

/** Bound: an article yields at most this many candidates. */
export const MAX_CANDIDATES = 500;

function tokenMentions(s: Sentence, mentions: readonly Mention[], typeOf: ReadonlyMap<string, string>): TokenMention[] {
  const out: TokenMention[] = [];
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    const first = s.tokens.findIndex((t) => t.start >= m.start);
    const last = s.tokens.findLastIndex((t) => t.end <= m.end);
    const type = typeOf.get(m.entity) ?? '';
    if (first >= 0 && last >= first)
      out.push({ entity: m.entity, type, first, last, ...(m.nested ? { nested: true as const } : {}) });
  }
  return out;
}

function unitsOf(s: Sentence, lex: Lexicon, mentions: readonly TokenMention[]): Set<string> {
  const units = new Set(lex.numbers.units.filter((u) => matchAny(s.tokens, u.phrases).length > 0).map((u) => u.key));
  if (mentions.some((m) => m.type === 'ArmedForce')) units.add('troops');
  return units;
}

/** Attribution per sentence; "Dat meldt John Kirby." also names the speaker of the sentence before it. */
function attributions(
  sentences: readonly Sentence[],
  mentions: readonly TokenMention[][],
  lex: Lexicon,
): (Attribution | null)[] {
  const own = sentences.map((s, i) => attributionOf(s.tokens, mentions[i]!, lex));
  return own.map((a, i) => {
    const next = own[i + 1];
    return next?.anaphoric ? { ...next, cue: `${next.cue} (next sentence)`, anaphoric: false } : a;
  });
}

/** The typed pairs of a sentence, and the same claim for every entity listed with one of its ends. */
function typedPairs(
  mentions: readonly TokenMention[],
  facts: SentenceFacts,
  s: Sentence,
  text: string,
  ctx: Context,
): Typed[] {
  const out: Typed[] = [];
  const seen = new Set<string>();
  const add = (t: Typed) => {
    const key = `${t.from.entity}|${t.to.entity}`;
    if (t.from.entity === t.to.entity || seen.has(key) || seen.has(`${t.to.entity}|${t.from.entity}`)) return;
    seen.add(key);
    out.push(t);
  };
  for (const [a, b] of entityPairs(mentions)) {
    const typed = typePair(a, b, facts, ctx.lexicons.relations, ctx.history);
    if (typed) add(typed);
  }
  for (const t of [...out]) {
    const rule = `${t.rule} + listed with`;
    for (const z of coordinated(t.to, mentions, s.tokens, ctx.lex.conjunctions, text))
      add({ ...t, to: z, score: t.score - 0.05, rule: `${rule} ${t.to.entity}` });
    for (const z of coordinated(t.from, mentions, s.tokens, ctx.lex.conjunctions, text))
      add({ ...t, from: z, score: t.score - 0.05, rule: `${rule} ${t.from.entity}` });
  }
  return out;
}

interface Context {
  lex: Lexicon;
  lexicons: Lexicons;
  history: History;
  typeOf: ReadonlyMap<string, string>;
  /** Nested claims ("named inside") already proposed in this article: once each. */
  nestedSeen: Set<string>;
}

const kebab = (type: string) => type.toLowerCase().replace(/_/g, '-');

function figuresFor(figures: readonly Figure[], t: Typed): Figure[] {
  const sig = t.signature;
  return figures.flatMap((f) => {
    const key = sig.figures.includes(f.key) ? f.key : sig.as.get(f.key);
    return key ? [{ ...f, key }] : [];
  });
}

/** The sentence's status as this type's: a standing fact is reported; a type that is itself the cue (a denial for
 *  DENIES) is reported too. */
function claimStatus(sig: RelationSignature, s: StatusCue): { status: string; cue?: string } {
  if (sig.fact) return { status: 'reported', cue: 'reported: a standing fact' };
  if (sig.absorbs.includes(s.status))
    return { status: 'reported', cue: `reported: "${s.cue}" is the ${sig.type} itself` };
  return s.cue ? { status: s.status, cue: `"${s.cue}"` } : { status: s.status };
}

function sentenceCandidates(
  article: SuggestArticle,
  s: Sentence,
  index: number,
  mentions: readonly TokenMention[],
  attribution: Attribution | null,
  ctx: Context,
): Candidate[] {
  const figures = parseFigures(article.text, s.tokens, ctx.lex);
  const status = statusOf(s.tokens, ctx.lex, figures.length > 0);
  const date = dateOf(s.tokens, ctx.lex, article.published);
  const claimant = attribution?.claimant ?? null;
  const facts: SentenceFacts = {
    toks: s.tokens,
    triggers: ctx.lex.triggers,
    reversed: ctx.lex.reversed,
    units: unitsOf(s, ctx.lex, mentions),
    figureKeys: new Set(figures.map((f) => f.key)),
    claimant,
  };
  const out: Candidate[] = [];
  for (const typed of typedPairs(mentions, facts, s, article.text, ctx)) {
    const type = typed.signature.type;
    const triple = `${typed.from.entity}|${type}|${typed.to.entity}`;
    if (typed.rule.startsWith('named inside') && ctx.nestedSeen.has(triple)) continue;
    if (typed.rule.startsWith('named inside')) ctx.nestedSeen.add(triple);
    const own = claimStatus(typed.signature, status);
    const who =
      typed.signature.fact || claimant === typed.from.entity || claimant === typed.to.entity ? null : claimant;
    const cues = [
      typed.rule,
      own.cue ? `status ${own.cue}` : null,
      who ? `claimant "${attribution!.cue}"` : null,
      `date ${date.cue}`,
    ];
    out.push({
      id: `${typed.from.entity}-${kebab(type)}-${typed.to.entity}-s${index + 1}`,
      from: typed.from.entity,
      type,
      to: typed.to.entity,
      status: own.status,
      date: date.date,
      claimant: who,
      figures: figuresFor(figures, typed),
      article: article.id,
      quote: s.text.replace(/\s+/gu, ' '),
      confidence: Math.min(1, Math.round(typed.score * 100) / 100),
      rule: cues.filter(Boolean).join('; '),
    });
  }
  return out;
}

export function suggestClaims(
  article: SuggestArticle,
  entities: readonly SuggestEntity[],
  lexicons: Lexicons,
  otherClaims: readonly KnownClaim[] = [],
): Suggestions {
  const lex = lexicons.byLanguage.get(article.language);
  if (!lex)
    throw new LexiconError(
      `no lexicon for language "${article.language}" (have: ${[...lexicons.byLanguage.keys()].join(', ')})`,
    );
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const history = learnHistory(otherClaims, (id) => typeOf.get(id));
  const all = findMentions(article.text, buildAliasIndex(entities), true);
  const sentences = splitSentences(article.text, article.language, lex.abbreviations);
  const mentions = sentences.map((s) => tokenMentions(s, all, typeOf));
  const attribution = attributions(sentences, mentions, lex);
  const folded = foldTypography(article.text);
  const ctx: Context = { lex, lexicons, history, typeOf, nestedSeen: new Set() };
  const candidates: Candidate[] = [];
  let unverified = 0;
  sentences.forEach((s, i) => {
    if (candidates.length >= MAX_CANDIDATES) return;
    const found = sentenceCandidates(article, s, i, mentions[i]!, attribution[i]!, ctx);
    if (found.length === 0) return;
    const verbatim = locateQuote(folded, article.text, found[0]!.quote);
    if (verbatim === null) unverified++;
    else for (const c of found) candidates.push({ ...c, quote: verbatim });
  });
  candidates.splice(MAX_CANDIDATES);
  return { candidates, newEntities: proposeEntities(article.text, sentences, all, lex), unverified };
}
