// Applies a Plan in ONE transaction: the graph changes whole or not at all.
import { randomUUID } from 'node:crypto';
import type { Db, DbError, Result, TxRunner } from '../../lib/neo4j/client.ts';
import { cypher, statements } from '../../lib/neo4j/cypher.ts';
import type { Progress } from '../progress.ts';
import type { Existing, Plan } from './plan.ts';
import { rebuildHubIndex } from './hub-index.ts';
import { DEFAULT_HUB_INDEX, type HubIndexOptions } from '../../lib/model/hub-index.ts';

export const BATCH_SIZE = 10_000;

async function batched<T>(
  tx: TxRunner,
  name: string,
  key: string,
  rows: T[],
  progress: Progress,
  label: string,
): Promise<void> {
  if (rows.length === 0) return;
  const text = cypher(name);
  progress.start(label, rows.length);
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const chunk = rows.slice(i, i + BATCH_SIZE);
    await tx.run(text, { [key]: chunk });
    progress.tick(chunk.length);
  }
  progress.done();
}

export async function ensureSchema(db: Db): Promise<Result<number>> {
  const list = statements(cypher('schema'));
  for (const s of list) {
    const r = await db.run({ text: s, mode: 'WRITE' });
    if (!r.ok) return r;
  }
  // Wait so that full-text search sees the index before the first query.
  const w = await db.run({ text: 'CALL db.awaitIndexes(300)', mode: 'READ' });
  return w.ok ? { ok: true, value: list.length } : w;
}

export async function readExisting(db: Db): Promise<Result<Existing>> {
  const [ents, arts, claims, mentions] = await Promise.all([
    db.run({ name: 'ingest-known-entities' }),
    db.run({ name: 'ingest-known-articles' }),
    db.run({ name: 'ingest-existing-claims' }),
    db.run({ name: 'ingest-existing-mentions' }),
  ]);
  for (const r of [ents, arts, claims, mentions]) if (!r.ok) return r as { ok: false; error: DbError };
  const ok = <T>(r: Result<T>) => (r as { ok: true; value: T }).value;
  const existing: Existing = { entities: new Map(), articles: new Map(), claims: new Map(), mentions: new Map() };
  for (const rec of ok(ents).records) {
    existing.entities.set(rec.get('id'), { name: rec.get('name'), aliases: rec.get('aliases'), hash: rec.get('hash') });
  }
  for (const rec of ok(arts).records)
    existing.articles.set(rec.get('id'), { text: rec.get('text') ?? '', hash: rec.get('hash') });
  for (const rec of ok(claims).records)
    existing.claims.set(rec.get('id'), {
      hash: rec.get('hash'),
      eid: rec.get('eid'),
      from: rec.get('from'),
      to: rec.get('to'),
    });
  for (const rec of ok(mentions).records) {
    const c = rec.get('count');
    existing.mentions.set(`${rec.get('article')}\u0000${rec.get('entity')}`, typeof c === 'number' ? c : Number(c));
  }
  return { ok: true, value: existing };
}

export interface WriteHooks {
  /** Called inside the transaction after each step; tests use it to kill a run mid-way. */
  afterStep?: (step: string) => Promise<void> | void;
  /** Which entities count as hubs (tests index smaller graphs than the defaults would). */
  hubIndex?: HubIndexOptions;
}

/** Whether applying the plan changes any entity, article, claim or mention (a re-run of the same files does not). */
export const changesData = (p: Plan): boolean =>
  [
    p.claimDeletes,
    p.entityDeletes,
    p.articleDeletes,
    p.entityRows,
    p.articleRows,
    p.claimRows,
    p.mentionRows,
    p.mentionArticles,
  ].some((rows) => rows.length > 0);

export async function applyPlan(db: Db, plan: Plan, progress: Progress, hooks: WriteHooks = {}): Promise<Result<void>> {
  return db.writeTransaction(
    async (tx) => {
      const step = async (name: string) => hooks.afterStep?.(name);
      await batched(tx, 'ingest-delete-claims', 'eids', plan.claimDeletes, progress, 'claims -');
      await step('delete-claims');
      await batched(tx, 'ingest-delete-entities', 'ids', plan.entityDeletes, progress, 'entities -');
      await batched(tx, 'ingest-delete-articles', 'ids', plan.articleDeletes, progress, 'articles -');
      await batched(tx, 'ingest-upsert-entities', 'rows', plan.entityRows, progress, 'entities');
      await step('entities');
      await batched(tx, 'ingest-upsert-articles', 'rows', plan.articleRows, progress, 'articles');
      await step('articles');
      await batched(tx, 'ingest-create-claims', 'rows', plan.claimRows, progress, 'claims');
      await step('claims');
      if (plan.mentionArticles.length)
        await tx.run(cypher('ingest-delete-mentions'), { articleIds: plan.mentionArticles });
      await batched(tx, 'ingest-create-mentions', 'rows', plan.mentionRows, progress, 'mentions');
      await step('mentions');
      // Same transaction: a reader never sees claims without the rank and degrees that describe them.
      const unranked = await tx.run(cypher('ingest-unranked-entities'), {});
      const rankIds = new Set([...plan.rankIds, ...unranked.records.map((r) => r.get('id') as string)]);
      await batched(tx, 'ingest-rank-entities', 'ids', [...rankIds], progress, 'ranks');
      await step('ranks');
      const hubs = await rebuildHubIndex(tx, hooks.hubIndex ?? DEFAULT_HUB_INDEX, rankIds, progress);
      await step('hubs');
      if (changesData(plan) || rankIds.size > 0 || hubs.changed)
        await tx.run(cypher('ingest-mark-version'), { version: randomUUID() });
    },
    { timeoutMs: 60 * 60 * 1000 },
  );
}
