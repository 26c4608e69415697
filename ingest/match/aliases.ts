// Counts entity mentions in article text by alias: case- and diacritic-insensitive,
// on word boundaries. Token matching keeps it linear in text size plus aliases.
import { tokens } from './normalize.ts';

export interface AliasEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface AliasIndex {
  /** first token → candidate alias token sequences with their entity */
  byFirst: Map<string, Array<{ seq: string[]; entity: string }>>;
}

export function buildAliasIndex(entities: readonly AliasEntity[]): AliasIndex {
  const byFirst = new Map<string, Array<{ seq: string[]; entity: string }>>();
  for (const e of entities) {
    const seen = new Set<string>();
    for (const alias of [e.name, ...e.aliases]) {
      const seq = tokens(alias);
      const key = seq.join(' ');
      if (seq.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirst.get(seq[0]!) ?? [];
      list.push({ seq, entity: e.id });
      byFirst.set(seq[0]!, list);
    }
  }
  // Longest alias first, so "Noord-Korea" does not also count as "Korea".
  for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  return { byFirst };
}

/** entity id → number of mentions in `text`. */
export function countMentions(text: string, index: AliasIndex): Map<string, number> {
  const toks = tokens(text);
  const counts = new Map<string, number>();
  let i = 0;
  while (i < toks.length) {
    const candidates = index.byFirst.get(toks[i]!);
    let advanced = false;
    if (candidates) {
      for (const c of candidates) {
        if (c.seq.every((t, k) => toks[i + k] === t)) {
          counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1);
          i += c.seq.length;
          advanced = true;
          break;
        }
      }
    }
    if (!advanced) i++;
  }
  return counts;
}
