// Picks the relation type of two entities named in one sentence: a trigger word of the language (data/lexicon),
// the entity types the signature allows on each side (data/lexicon/relations.yaml), and what the curated claims of
// other articles say about the pair and about pairs of the same entity types.
import type { RelationSignature } from './lexicon.ts';
import type { TokenMention } from './cues.ts';
import { matchAny, type Phrase, type Token } from './phrases.ts';
import type { KnownClaim } from './types.ts';

export interface Typed {
  from: TokenMention;
  to: TokenMention;
  signature: RelationSignature;
  score: number;
  rule: string;
}

/** What the curated claims of the other articles teach: exact triples, and type counts per pair of entity types. */
export interface History {
  triples: ReadonlySet<string>;
  pairTypes: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function learnHistory(claims: readonly KnownClaim[], typeOf: (id: string) => string | undefined): History {
  const triples = new Set<string>();
  const pairTypes = new Map<string, Map<string, number>>();
  for (const c of claims) {
    triples.add(`${c.from}|${c.type}|${c.to}`);
    const key = `${typeOf(c.from)}|${typeOf(c.to)}`;
    const counts = pairTypes.get(key) ?? new Map<string, number>();
    counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    pairTypes.set(key, counts);
  }
  return { triples, pairTypes };
}

export interface SentenceFacts {
  toks: readonly Token[];
  triggers: ReadonlyMap<string, Phrase[]>;
  /** Triggers after which the later-named entity is the `from` ("krijgt … van", "beschikt over"). */
  reversed: ReadonlyMap<string, Phrase[]>;
  /** Figure keys whose unit word the sentence contains, plus "troops" when it names an armed force. */
  units: ReadonlySet<string>;
  /** Keys of the figures the sentence gives ("3000 troepen": troops): a type that carries one is the likelier. */
  figureKeys: ReadonlySet<string>;
  /** Who the sentence says makes the claim: an end only of the types it may take (speech acts, roles, facts). */
  claimant: string | null;
}

const TRIGGER_NEAR = 2;
/** A trigger alone proposes two entities at most this many words apart; a pair the other articles know, at any. */
export const MAX_GAP = 10;
const BASE = 0.35;

export const gapOf = (a: TokenMention, b: TokenMention) => Math.max(a.first, b.first) - Math.min(a.last, b.last) - 1;

interface TriggerHit {
  score: number;
  cue: string;
  reversed: boolean;
}

/** The best trigger of the type for `from` x and `to` y: near the pair scores more; a word marked to stand before
 *  the `to` counts only there. */
function triggerOf(f: SentenceFacts, type: string, x: TokenMention, y: TokenMention): TriggerHit | null {
  const lo = Math.min(x.first, y.first) - TRIGGER_NEAR;
  const hi = Math.max(x.last, y.last) + TRIGGER_NEAR;
  let best: TriggerHit | null = null;
  for (const reversed of [false, true]) {
    for (const h of matchAny(f.toks, (reversed ? f.reversed : f.triggers).get(type) ?? [])) {
      const before = y.first - (h.at + h.length);
      if (h.phrase.beforeTo && (before < 0 || before > TRIGGER_NEAR)) continue;
      const score = h.at >= lo && h.at <= hi ? 0.25 : 0.1;
      if (!best || score > best.score) best = { score, cue: h.phrase.source, reversed };
    }
  }
  return best;
}

/** The directions the signature allows, in word order. */
function orientations(sig: RelationSignature, a: TokenMention, b: TokenMention): [TokenMention, TokenMention][] {
  const fits = (x: TokenMention, y: TokenMention) => sig.from.includes(x.type) && sig.to.includes(y.type);
  const first = a.first <= b.first ? a : b;
  const second = first === a ? b : a;
  return (
    [
      [first, second],
      [second, first],
    ] as [TokenMention, TokenMention][]
  ).filter(([x, y]) => fits(x, y));
}

function priorOf(h: History, x: TokenMention, y: TokenMention, type: string): number {
  const counts = h.pairTypes.get(`${x.type}|${y.type}`);
  if (!counts) return 0;
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  return (0.2 * (counts.get(type) ?? 0)) / total;
}

function allowed(sig: RelationSignature, a: TokenMention, b: TokenMention, f: SentenceFacts, nested: boolean): boolean {
  if (nested !== sig.nested) return false;
  const claimantEnd = a.entity === f.claimant || b.entity === f.claimant;
  return !(claimantEnd && !sig.claimant && !sig.fact) && !(sig.needs && !f.units.has(sig.needs));
}

/** The best-scoring relation between two mentions, or null when no signature and no cue fits. A pair named one
 *  inside the other ("Amerikaanse" in "Amerikaanse ministerie van Defensie") takes only the nested types. */
export function typePair(
  a: TokenMention,
  b: TokenMention,
  f: SentenceFacts,
  sigs: readonly RelationSignature[],
  h: History,
): Typed | null {
  const gap = gapOf(a, b);
  const nested = gap < 0;
  let best: Typed | null = null;
  for (const sig of sigs) {
    if (!allowed(sig, a, b, f, nested)) continue;
    for (const [x, y] of orientations(sig, a, b)) {
      const trig = nested ? null : triggerOf(f, sig.type, x, y);
      // Word order decides between directions (the subject comes first in both languages), unless a reversing
      // trigger says the later-named entity is the `from`.
      const order = x.first > y.first !== (trig?.reversed ?? false) ? 1 : 0;
      const known = h.triples.has(`${x.entity}|${sig.type}|${y.entity}`);
      if (!nested && !known && (!trig || gap > (sig.maxGap ?? MAX_GAP))) continue;
      const cue = nested ? 0.2 : (trig?.score ?? 0);
      const carries =
        sig.figures.some((k) => f.figureKeys.has(k)) || [...sig.as.keys()].some((k) => f.figureKeys.has(k));
      const score = BASE + cue + (known ? 0.25 : 0) + (carries ? 0.1 : 0) + priorOf(h, x, y, sig.type) - 0.01 * order;
      const rule = [
        nested ? 'named inside' : null,
        trig ? `trigger "${trig.cue}"` : null,
        known ? 'known pair' : null,
        carries ? 'its figure' : null,
      ];
      if (!best || score > best.score)
        best = { from: x, to: y, signature: sig, score, rule: rule.filter(Boolean).join(' + ') };
    }
  }
  return best;
}
