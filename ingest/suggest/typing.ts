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
  /** Figure keys whose unit word the sentence contains, plus "troops" when it names an armed force. */
  units: ReadonlySet<string>;
  claimant: string | null;
}

const TRIGGER_NEAR = 2;
const BASE = 0.35;

function triggerScore(f: SentenceFacts, type: string, a: TokenMention, b: TokenMention): { score: number; cue: string } | null {
  const hits = matchAny(f.toks, f.triggers.get(type) ?? []);
  if (hits.length === 0) return null;
  const lo = Math.min(a.first, b.first) - TRIGGER_NEAR;
  const hi = Math.max(a.last, b.last) + TRIGGER_NEAR;
  const near = hits.find((h) => h.at >= lo && h.at <= hi);
  return near ? { score: 0.25, cue: near.phrase.source } : { score: 0.1, cue: hits[0]!.phrase.source };
}

function orientations(sig: RelationSignature, a: TokenMention, b: TokenMention): [TokenMention, TokenMention][] {
  const fits = (x: TokenMention, y: TokenMention) => sig.from.includes(x.type) && sig.to.includes(y.type);
  const first = a.first <= b.first ? a : b;
  const second = first === a ? b : a;
  return ([[first, second], [second, first]] as [TokenMention, TokenMention][]).filter(([x, y]) => fits(x, y));
}

function priorOf(h: History, x: TokenMention, y: TokenMention, type: string): number {
  const counts = h.pairTypes.get(`${x.type}|${y.type}`);
  if (!counts) return 0;
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  return (0.2 * (counts.get(type) ?? 0)) / total;
}

/** The best-scoring relation between two mentions, or null when no signature and no cue fits. */
export function typePair(a: TokenMention, b: TokenMention, f: SentenceFacts, sigs: readonly RelationSignature[], h: History): Typed | null {
  let best: Typed | null = null;
  for (const sig of sigs) {
    const claimantEnd = a.entity === f.claimant || b.entity === f.claimant;
    if (claimantEnd && !sig.claimant) continue;
    if (sig.needs && !f.units.has(sig.needs)) continue;
    for (const [order, [x, y]] of orientations(sig, a, b).entries()) {
      const known = h.triples.has(`${x.entity}|${sig.type}|${y.entity}`);
      const trig = triggerScore(f, sig.type, a, b);
      if (!trig && !known) continue;
      // Word order breaks ties: the subject comes first in both languages.
      const score = BASE + (trig?.score ?? 0) + (known ? 0.25 : 0) + priorOf(h, x, y, sig.type) - 0.01 * order;
      const rule = [trig ? `trigger "${trig.cue}"` : null, known ? 'known pair' : null].filter(Boolean).join(' + ');
      if (!best || score > best.score) best = { from: x, to: y, signature: sig, score, rule };
    }
  }
  return best;
}
