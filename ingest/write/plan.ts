// Pure: turns validated input plus what the database holds into the rows to write.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Article, Claim, Entity, PartialDate, ValidInput } from '../model.ts';
import { planMentions } from './plan-mentions.ts';
import { encodeQualifiers } from '../../lib/model/figures.ts';

export interface Existing {
  entities: Map<string, { name: string; aliases: string[]; hash: string | null }>;
  articles: Map<string, { text: string; hash: string | null }>;
  claims: Map<string, { hash: string | null; eid: string; type?: string; from?: string; to?: string }>;
  /** `${article}\u0000${entity}` → count, for the articles whose mentions are recomputed. */
  mentions: Map<string, number>;
  /** Further relationships with a claim id already in `claims` (ingests that ran at once before the lock). */
  duplicateClaims?: Array<{ eid: string; from?: string; to?: string }>;
  /** Mention relationships beyond one per article and entity, and the articles that have them. */
  duplicateMentions?: number;
  duplicateMentionArticles?: string[];
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
  /** The claim relationship types the graph has once the plan is written (one id constraint each). */
  claimTypes: string[];
  /** Duplicate relationships the plan deletes: claims kept once, mentions recomputed. */
  repaired: { claims: number; mentions: number };
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
    // Absent unless given, so an article without one hashes as it always did.
    url: a.url ?? undefined,
  };
  return { ...core, url: a.url, publishedDate: toDate(a.published), source: 'curated', contentHash: hashOf(core) };
}

function claimProps(c: Claim, claimantName: string | null): Record<string, unknown> {
  const bounds = encodeQualifiers(c.figureQualifiers);
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
    // Absent unless a figure is a bound, so an exact claim hashes as it always did (no spurious rewrite).
    figureQualifiers: bounds.length > 0 ? bounds : undefined,
  };
  const { from: _f, to: _t, type: _y, figures, figureQualifiers, ...rest } = core;
  return {
    ...rest,
    ...figures,
    figureKeys: Object.keys(figures),
    figureQualifiers: figureQualifiers ?? null,
    date: c.date ? toDate(c.date) : null,
    source: 'curated',
    contentHash: hashOf(core),
  };
}

export interface PlanOptions {
  prune: boolean;
}

/** Counts one item as created, updated or unchanged; true when it must be written. */
function counted(t: Tally, before: string | null | undefined, exists: boolean, after: string): boolean {
  if (!exists) t.created++;
  else if (before === after) t.unchanged++;
  else t.updated++;
  return !exists || before !== after;
}

function planNodes(input: ValidInput, existing: Existing, tally: Plan['tally']) {
  const entityRows: Plan['entityRows'] = [];
  for (const e of input.entities) {
    const props = entityProps(e);
    const old = existing.entities.get(e.id);
    if (counted(tally.entities, old?.hash, !!old, props.contentHash as string))
      entityRows.push({ id: e.id, type: e.type, props });
  }
  const articleRows: Plan['articleRows'] = [];
  for (const a of input.articles) {
    const props = articleProps(a);
    const old = existing.articles.get(a.id);
    if (counted(tally.articles, old?.hash, !!old, props.contentHash as string)) articleRows.push({ id: a.id, props });
  }
  return { entityRows, articleRows };
}

function planClaims(input: ValidInput, existing: Existing, opts: PlanOptions, tally: Tally) {
  const names = new Map<string, string>();
  for (const [id, e] of existing.entities) names.set(id, e.name);
  for (const e of input.entities) names.set(e.id, e.name);
  // Duplicates go first: the one relationship kept per claim id is then replaced or kept like any other.
  const claimDeletes = (existing.duplicateClaims ?? []).map((d) => d.eid);
  const claimRows: Plan['claimRows'] = [];
  const replaced = new Set<string>();
  for (const c of input.claims) {
    const props = claimProps(c, c.claimant ? (names.get(c.claimant) ?? null) : null);
    const old = existing.claims.get(c.id);
    if (counted(tally, old?.hash, !!old, props.contentHash as string)) {
      // A changed claim may have a new type or end points, so it is replaced, not patched.
      if (old) replaced.add(c.id);
      claimRows.push({ from: c.from, to: c.to, type: c.type, props });
    }
  }
  if (opts.prune) {
    const inputClaimIds = new Set(input.claims.map((c) => c.id));
    for (const id of existing.claims.keys()) if (!inputClaimIds.has(id)) replaced.add(id);
    tally.deleted = [...existing.claims.keys()].filter((id) => !inputClaimIds.has(id)).length;
  }
  const types = new Set(claimRows.map((c) => c.type));
  for (const [id, c] of existing.claims) {
    if (replaced.has(id)) claimDeletes.push(c.eid);
    else if (c.type) types.add(c.type);
  }
  return { claimDeletes, claimRows, claimTypes: [...types].sort() };
}

/** Entities whose claims, mentions or properties change: their stored degree and rank are recomputed. */
function rankedEntities(
  existing: Existing,
  parts: Pick<Plan, 'entityRows' | 'claimRows' | 'claimDeletes' | 'entityDeletes'>,
  mentionEntities: Iterable<string>,
): string[] {
  const rankIds = new Set<string>(parts.entityRows.map((e) => e.id));
  for (const c of parts.claimRows) rankIds.add(c.from).add(c.to);
  const deletedEids = new Set(parts.claimDeletes);
  for (const c of [...existing.claims.values(), ...(existing.duplicateClaims ?? [])])
    if (deletedEids.has(c.eid)) for (const id of [c.from, c.to]) if (id) rankIds.add(id);
  for (const id of mentionEntities) rankIds.add(id);
  for (const id of parts.entityDeletes) rankIds.delete(id);
  return [...rankIds];
}

export function planWrite(input: ValidInput, existing: Existing, opts: PlanOptions): Plan {
  const tally = { entities: zero(), articles: zero(), claims: zero(), mentions: zero() };
  const { entityRows, articleRows } = planNodes(input, existing, tally);
  const claims = planClaims(input, existing, opts, tally.claims);
  const inputEntityIds = new Set(input.entities.map((e) => e.id));
  const inputArticleIds = new Set(input.articles.map((a) => a.id));
  const entityDeletes = opts.prune ? [...existing.entities.keys()].filter((id) => !inputEntityIds.has(id)) : [];
  const articleDeletes = opts.prune ? [...existing.articles.keys()].filter((id) => !inputArticleIds.has(id)) : [];
  tally.entities.deleted = entityDeletes.length;
  tally.articles.deleted = articleDeletes.length;
  const mentions = planMentions(input, existing, {
    entitiesChanged: entityRows.length > 0 || entityDeletes.length > 0,
    entityDeletes,
    articleDeletes,
    tally: tally.mentions,
  });
  const parts = { entityRows, ...claims, entityDeletes };
  return {
    ...parts,
    rankIds: rankedEntities(existing, parts, mentions.touchedEntities),
    articleRows,
    mentionArticles: mentions.articles,
    mentionRows: mentions.rows,
    articleDeletes,
    repaired: { claims: existing.duplicateClaims?.length ?? 0, mentions: mentions.repaired },
    tally,
  };
}
