// Writes a Plan inside the ingest transaction (see ingest/index.ts): the graph changes whole or not at all.
import { randomUUID } from 'node:crypto';
import type { TxRunner } from '../../lib/neo4j/client.ts';
import { cypher } from '../../lib/neo4j/cypher.ts';
import type { Progress } from '../progress.ts';
import type { Plan } from './plan.ts';
import { rebuildHubIndex } from './hub-index.ts';
import { DEFAULT_HUB_INDEX, type HubIndexOptions } from '../../lib/model/hub-index.ts';

// bench/ingest.ts creates the schema before timing; it lives with the other schema code now.
export { ensureSchema } from './schema.ts';

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

export async function applyPlan(tx: TxRunner, plan: Plan, progress: Progress, hooks: WriteHooks = {}): Promise<void> {
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
  if (plan.mentionArticles.length) await tx.run(cypher('ingest-delete-mentions'), { articleIds: plan.mentionArticles });
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
}
