// Which two mentions of a sentence stand for a pair of entities, and lists joined by a conjunction
// ("huurlingen uit Syrië en Cuba", "Zuid-Korea, Japan, Australië en Nieuw-Zeeland").
import type { TokenMention } from './cues.ts';
import type { Token } from './phrases.ts';
import { gapOf } from './typing.ts';

/** Bound: entities per sentence considered for pairs. */
export const MAX_ENTITIES_PER_SENTENCE = 12;

const overlaps = (a: TokenMention, b: TokenMention) => gapOf(a, b) < 0;
const distance = (a: TokenMention, b: TokenMention) => (overlaps(a, b) ? -1 : gapOf(a, b));

/** One mention per pair of entities: the nested one when one is named inside the other, else the closest two. */
export function entityPairs(mentions: readonly TokenMention[]): [TokenMention, TokenMention][] {
  const byEntity = new Map<string, TokenMention[]>();
  for (const m of mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const entities = [...byEntity.keys()].slice(0, MAX_ENTITIES_PER_SENTENCE);
  const out: [TokenMention, TokenMention][] = [];
  for (let i = 0; i < entities.length; i++)
    for (let j = i + 1; j < entities.length; j++) {
      let best: [TokenMention, TokenMention] | null = null;
      for (const a of byEntity.get(entities[i]!)!)
        for (const b of byEntity.get(entities[j]!)!)
          if (!best || distance(a, b) < distance(best[0], best[1])) best = [a, b];
      out.push(best!);
    }
  return out;
}

/** Mentions of the same entity type joined to `m` by commas and conjunctions, in both directions. */
export function coordinated(
  m: TokenMention,
  mentions: readonly TokenMention[],
  toks: readonly Token[],
  conjunctions: ReadonlySet<string>,
  text: string,
): TokenMention[] {
  const sorted = mentions.filter((x) => x.type === m.type).sort((a, b) => a.first - b.first);
  const joined = (a: TokenMention, b: TokenMention) => {
    const between = toks.slice(a.last + 1, b.first);
    if (between.length > 1 || (between.length === 1 && !conjunctions.has(between[0]!.text))) return false;
    return between.length === 1 || /^\s*,\s*$/.test(text.slice(toks[a.last]!.end, toks[b.first]!.start));
  };
  const out: TokenMention[] = [];
  const at = sorted.findIndex((x) => x.first === m.first && x.entity === m.entity);
  for (let k = at + 1; k < sorted.length && joined(sorted[k - 1]!, sorted[k]!); k++) out.push(sorted[k]!);
  for (let k = at - 1; k >= 0 && joined(sorted[k]!, sorted[k + 1]!); k--) out.push(sorted[k]!);
  return out.filter((x) => x.entity !== m.entity);
}
