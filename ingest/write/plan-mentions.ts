// Pure: which articles' mention links are recomputed, and the rows that replace them.
import type { ValidInput } from '../model.ts';
import { buildAliasIndex, countMentions, type AliasEntity } from '../match/aliases.ts';
import type { Existing, Tally } from './plan.ts';

export interface MentionScope {
  /** Entities were added, changed or deleted: every article is matched again. */
  entitiesChanged: boolean;
  entityDeletes: string[];
  articleDeletes: string[];
  tally: Tally;
}

const SEP = '\u0000';
const articleOf = (key: string) => key.split(SEP)[0]!;

/** Texts to match: new or changed articles; every article if entities changed; articles with duplicate links. */
function textsToMatch(input: ValidInput, existing: Existing, scope: MentionScope): Map<string, string> {
  const deletedArticles = new Set(scope.articleDeletes);
  const texts = new Map<string, string>();
  const repair = new Set(existing.duplicateMentionArticles ?? []);
  for (const [id, a] of existing.articles)
    if (!deletedArticles.has(id) && (scope.entitiesChanged || repair.has(id))) texts.set(id, a.text);
  for (const a of input.articles) texts.set(a.id, a.text);
  return texts;
}

export function planMentions(input: ValidInput, existing: Existing, scope: MentionScope) {
  const deletedEntities = new Set(scope.entityDeletes);
  const allEntities = new Map<string, AliasEntity>();
  for (const [id, e] of existing.entities)
    if (!deletedEntities.has(id)) allEntities.set(id, { id, name: e.name, aliases: e.aliases });
  for (const e of input.entities) allEntities.set(e.id, e);
  const texts = textsToMatch(input, existing, scope);
  const index = buildAliasIndex([...allEntities.values()]);
  const fresh = new Map<string, number>();
  for (const [articleId, text] of texts)
    for (const [entity, n] of countMentions(text, index)) fresh.set(`${articleId}${SEP}${entity}`, n);

  const t = scope.tally;
  for (const [key, n] of fresh) {
    const old = existing.mentions.get(key);
    if (old === undefined) t.created++;
    else if (old === n) t.unchanged++;
    else t.updated++;
  }
  for (const key of existing.mentions.keys()) if (texts.has(articleOf(key)) && !fresh.has(key)) t.deleted++;
  const repaired = (existing.duplicateMentionArticles ?? []).some((id) => texts.has(id))
    ? (existing.duplicateMentions ?? 0)
    : 0;
  if (t.created + t.updated + t.deleted + repaired === 0)
    return { articles: [], rows: [], touchedEntities: [], repaired };
  const rows = [...fresh].map(([key, n]) => {
    const [article, entity] = key.split(SEP) as [string, string];
    return { article, entity, count: n };
  });
  const touched = new Set(rows.map((r) => r.entity));
  for (const key of existing.mentions.keys()) if (texts.has(articleOf(key))) touched.add(key.split(SEP)[1]!);
  return { articles: [...texts.keys()], rows, touchedEntities: [...touched], repaired };
}
