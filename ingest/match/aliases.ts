// Counts entity mentions in article text by alias: case- and diacritic-insensitive,
// on word boundaries. Token matching keeps it linear in text size plus aliases.
// Exception: a short all-capitals alias (US, UN, VS, U.S.) matches only in capitals, because its
// lower-case form is a common word or a name part ("told us", "Kim Jong-un").
import { casedTokens, positionedTokens, tokens, type PositionedToken } from './normalize.ts';

export interface AliasEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

interface AliasEntry {
  seq: string[];
  /** The tokens in their case, for a case-sensitive alias. */
  cased?: string[];
  entity: string;
}

export interface AliasIndex {
  /** first token → candidate alias token sequences with their entity */
  byFirst: Map<string, AliasEntry[]>;
}

/** At most this many letters, none lower case: matched in capitals only. */
const CASED_MAX_LETTERS = 3;

export function isCasedAlias(alias: string): boolean {
  const letters = alias.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.length <= CASED_MAX_LETTERS && !/\p{Ll}/u.test(alias);
}

/** What makes two aliases the same alias (validation refuses one alias on two entities). */
export function aliasKey(alias: string): string {
  return isCasedAlias(alias) ? `=${casedTokens(alias).join(' ')}` : tokens(alias).join(' ');
}

function entryOf(alias: string, entity: string): AliasEntry {
  const seq = tokens(alias);
  return isCasedAlias(alias) ? { seq, cased: casedTokens(alias), entity } : { seq, entity };
}

export function buildAliasIndex(entities: readonly AliasEntity[]): AliasIndex {
  const byFirst = new Map<string, AliasEntry[]>();
  for (const e of entities) {
    const seen = new Set<string>();
    for (const alias of [e.name, ...e.aliases]) {
      const key = aliasKey(alias);
      const entry = entryOf(alias, e.id);
      if (entry.seq.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirst.get(entry.seq[0]!) ?? [];
      list.push(entry);
      byFirst.set(entry.seq[0]!, list);
    }
  }
  // Longest alias first, so "Noord-Korea" does not also count as "Korea".
  for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  return { byFirst };
}

const matchesAt = (c: AliasEntry, toks: string[], cased: string[], i: number): boolean =>
  c.seq.every((t, k) => toks[i + k] === t) && (!c.cased || c.cased.every((t, k) => cased[i + k] === t));

/** Walks the tokens once, longest alias first, calling `onHit` with the entity and its token span. */
function scanAliases(
  toks: readonly string[],
  cased: readonly string[],
  index: AliasIndex,
  onHit: (entity: string, first: number, count: number) => void,
): void {
  let i = 0;
  while (i < toks.length) {
    const hit = index.byFirst.get(toks[i]!)?.find((c) => matchesAt(c, toks as string[], cased as string[], i));
    if (hit) onHit(hit.entity, i, hit.seq.length);
    i += hit ? hit.seq.length : 1;
  }
}

/** entity id → number of mentions in `text`. */
export function countMentions(text: string, index: AliasIndex): Map<string, number> {
  const cased = casedTokens(text);
  const toks = cased.map((t) => t.toLowerCase());
  const counts = new Map<string, number>();
  scanAliases(toks, cased, index, (entity) => counts.set(entity, (counts.get(entity) ?? 0) + 1));
  return counts;
}

/** One mention: the entity and where it sits in the text ([start, end) code units). */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Named inside another entity's mention. */
  nested?: true;
}

/** The mentions of `text` with their places, by the same rules as countMentions (the suggester quotes them).
 *  With `nested`, also the other entities named inside a mention ("Noord-Koreaanse militairen" names the troops and,
 *  inside it, North Korea), marked `nested`, after the mention that holds them. */
export function findMentions(text: string, index: AliasIndex, nested = false): Mention[] {
  const spans = positionedTokens(text);
  const cased = spans.map((t) => t.cased);
  const toks = cased.map((t) => t.toLowerCase());
  const out: Mention[] = [];
  scanAliases(toks, cased, index, (entity, first, count) => {
    out.push({ entity, start: spans[first]!.start, end: spans[first + count - 1]!.end });
    if (nested) out.push(...nestedIn(toks, cased, index, spans, entity, first, count));
  });
  return out;
}

function nestedIn(
  toks: string[],
  cased: string[],
  index: AliasIndex,
  spans: readonly PositionedToken[],
  outer: string,
  first: number,
  count: number,
): Mention[] {
  const out: Mention[] = [];
  for (let i = first; i < first + count; i++) {
    const inner = index.byFirst
      .get(toks[i]!)
      ?.find((c) => c.entity !== outer && i + c.seq.length <= first + count && matchesAt(c, toks, cased, i));
    if (inner)
      out.push({
        entity: inner.entity,
        start: spans[i]!.start,
        end: spans[i + inner.seq.length - 1]!.end,
        nested: true,
      });
  }
  return out;
}
