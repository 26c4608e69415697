// Pure: turns validated input plus what the database holds into the rows to write.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Article, Claim, Entity, PartialDate, ValidInput } from '../model.ts';
import { buildAliasIndex, countMentions, type AliasEntity } from '../match/aliases.ts';

export interface Existing {
  entities: Map<string, { name: string; aliases: string[]; hash: string | null }>;
  articles: Map<string, { text: string; hash: string | null }>;
  claims: Map<string, { hash: string | null; eid: string; from?: string; to?: string }>;
  /** `${article}\u0000${entity}` → count, for the articles whose mentions are recomputed. */
  mentions: Map<string, number>;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface Plan {
  entityRows: Array<{ id: string; type: string; props: Record<string, unknown> }>;
  articleRows: Array<{ id: string; props: Record<string, unknown> }>;
  claimDeletes: string[];
  claimRows: Array<{ from: string; to: string; type: string; props: Record<string, unknown> }>;
  mentionArticles: string[];
  mentionRows: Array<{ article: string; entity: string; count: number }>;
  entityDeletes: string[];
  articleDeletes: string[];
  /** Entities whose claims, mentions or properties change: their stored degree and rank are recomputed. */
  rankIds: string[];
  tally: Record<'entities' | 'articles' | 'claims' | 'mentions', Tally>;
}

const zero = (): Tally => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

export function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}

function toDate(d: PartialDate): unknown {
  return new neo4j.types.Date(d.year, d.month, d.day);
}

function entityProps(e: Entity): Record<string, unknown> {
  const core = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, description: e.description };
  return { ...core, aliasesText: e.aliases.join(' | '), source: 'curated', contentHash: hashOf(core) };
}

function articleProps(a: Article): Record<string, unknown> {
  const core = {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published.text,
    language: a.language,
    text: a.text,
  };
  return { ...core, publishedDate: toDate(a.published), source: 'curated', contentHash: hashOf(core) };
}

function claimProps(c: Claim, claimantName: string | null): Record<string, unknown> {
  const core = {
    id: c.id,
    from: c.from,
    type: c.type,
    to: c.to,
    status: c.status,
    dateText: c.date?.text ?? null,
    claimantId: c.claimant,
    claimantName,
    articleId: c.article,
    quote: c.quote,
    figures: c.figures,
  };
  const { from: _f, to: _t, type: _y, figures, ...rest } = core;
  return {
    ...rest,
    ...figures,
    figureKeys: Object.keys(figures),
    date: c.date ? toDate(c.date) : null,
    source: 'curated',
    contentHash: hashOf(core),
  };
}

export interface PlanOptions {
  prune: boolean;
}

export function planWrite(input: ValidInput, existing: Existing, opts: PlanOptions): Plan {
  const tally = { entities: zero(), articles: zero(), claims: zero(), mentions: zero() };
  const count = (t: Tally, before: string | null | undefined, exists: boolean, after: string) => {
    if (!exists) t.created++;
    else if (before === after) t.unchanged++;
    else t.updated++;
    return !exists || before !== after;
  };

  const entityRows: Plan['entityRows'] = [];
  for (const e of input.entities) {
    const props = entityProps(e);
    const old = existing.entities.get(e.id);
    if (count(tally.entities, old?.hash, !!old, props.contentHash as string))
      entityRows.push({ id: e.id, type: e.type, props });
  }

  const articleRows: Plan['articleRows'] = [];
  for (const a of input.articles) {
    const props = articleProps(a);
    const old = existing.articles.get(a.id);
    if (count(tally.articles, old?.hash, !!old, props.contentHash as string)) articleRows.push({ id: a.id, props });
  }

  const names = new Map<string, string>();
  for (const [id, e] of existing.entities) names.set(id, e.name);
  for (const e of input.entities) names.set(e.id, e.name);
  const claimDeletes: string[] = [];
  const claimRows: Plan['claimRows'] = [];
  for (const c of input.claims) {
    const props = claimProps(c, c.claimant ? (names.get(c.claimant) ?? null) : null);
    const old = existing.claims.get(c.id);
    if (count(tally.claims, old?.hash, !!old, props.contentHash as string)) {
      // A changed claim may have a new type or end points, so it is replaced, not patched.
      if (old) claimDeletes.push(old.eid);
      claimRows.push({ from: c.from, to: c.to, type: c.type, props });
    }
  }

  const inputEntityIds = new Set(input.entities.map((e) => e.id));
  const inputArticleIds = new Set(input.articles.map((a) => a.id));
  const inputClaimIds = new Set(input.claims.map((c) => c.id));
  const entityDeletes = opts.prune ? [...existing.entities.keys()].filter((id) => !inputEntityIds.has(id)) : [];
  const articleDeletes = opts.prune ? [...existing.articles.keys()].filter((id) => !inputArticleIds.has(id)) : [];
  if (opts.prune) {
    for (const [id, c] of existing.claims) if (!inputClaimIds.has(id)) claimDeletes.push(c.eid);
    tally.entities.deleted = entityDeletes.length;
    tally.articles.deleted = articleDeletes.length;
    tally.claims.deleted = [...existing.claims.keys()].filter((id) => !inputClaimIds.has(id)).length;
  }

  // Mentions: new or changed articles against all entities; if entities changed, every article.
  const deletedEntities = new Set(entityDeletes);
  const deletedArticles = new Set(articleDeletes);
  const allEntities = new Map<string, AliasEntity>();
  for (const [id, e] of existing.entities)
    if (!deletedEntities.has(id)) allEntities.set(id, { id, name: e.name, aliases: e.aliases });
  for (const e of input.entities) allEntities.set(e.id, e);
  const texts = new Map<string, string>();
  if (entityRows.length > 0 || entityDeletes.length > 0) {
    for (const [id, a] of existing.articles) if (!deletedArticles.has(id)) texts.set(id, a.text);
  }
  for (const a of input.articles) texts.set(a.id, a.text);

  const index = buildAliasIndex([...allEntities.values()]);
  const fresh = new Map<string, number>();
  for (const [articleId, text] of texts) {
    for (const [entity, n] of countMentions(text, index)) fresh.set(`${articleId}\u0000${entity}`, n);
  }
  const mentionArticles = [...texts.keys()];
  const scope = new Set(mentionArticles);
  for (const [key, n] of fresh) {
    const old = existing.mentions.get(key);
    if (old === undefined) tally.mentions.created++;
    else if (old === n) tally.mentions.unchanged++;
    else tally.mentions.updated++;
  }
  for (const key of existing.mentions.keys()) {
    if (scope.has(key.split('\u0000')[0]!) && !fresh.has(key)) tally.mentions.deleted++;
  }
  const changed = tally.mentions.created + tally.mentions.updated + tally.mentions.deleted > 0;
  const mentionRows = changed
    ? [...fresh].map(([key, n]) => {
        const [article, entity] = key.split('\u0000') as [string, string];
        return { article, entity, count: n };
      })
    : [];

  const rankIds = new Set<string>(entityRows.map((e) => e.id));
  for (const c of claimRows) rankIds.add(c.from).add(c.to);
  const deletedEids = new Set(claimDeletes);
  for (const c of existing.claims.values())
    if (deletedEids.has(c.eid)) for (const id of [c.from, c.to]) if (id) rankIds.add(id);
  if (changed) {
    for (const row of mentionRows) rankIds.add(row.entity);
    for (const key of existing.mentions.keys())
      if (scope.has(key.split('\u0000')[0]!)) rankIds.add(key.split('\u0000')[1]!);
  }
  for (const id of entityDeletes) rankIds.delete(id);

  return {
    rankIds: [...rankIds],
    entityRows,
    articleRows,
    claimDeletes,
    claimRows,
    mentionArticles: changed ? mentionArticles : [],
    mentionRows,
    entityDeletes,
    articleDeletes,
    tally,
  };
}
