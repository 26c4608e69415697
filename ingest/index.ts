// Ingest library: read → validate (nothing written on any problem) → one atomic write.
import type { Db, DbError } from '../lib/neo4j/client.ts';
import type { Problem } from './model.ts';
import { readInputs } from './read/collect.ts';
import { validate, type KnownGraph } from './validate.ts';
import { planWrite, type Tally } from './write/plan.ts';
import { applyPlan, ensureSchema, readExisting, type WriteHooks } from './write/writer.ts';
import { silentProgress, type Progress } from './progress.ts';

export type { Problem } from './model.ts';
export { readInputs } from './read/collect.ts';
export { validate } from './validate.ts';

export interface IngestOptions {
  paths: string[];
  /** Delete curated entities, articles and claims that the input no longer has. */
  prune?: boolean;
  log?: (s: string) => void;
  progress?: Progress;
  hooks?: WriteHooks;
}

export type IngestReport =
  | { ok: true; files: number; counts: Record<'entities' | 'articles' | 'claims' | 'mentions', Tally>; ms: number }
  | { ok: false; problems: Problem[] }
  | { ok: false; error: DbError };

export async function runIngest(db: Db, opts: IngestOptions): Promise<IngestReport> {
  const t0 = Date.now();
  const log = opts.log ?? (() => undefined);
  const parsed = readInputs(opts.paths);
  log(
    `read ${parsed.files.length} files: ${parsed.entities.length} entities, ${parsed.relations.length} relations, ${parsed.articles.length} articles`,
  );

  const schema = await ensureSchema(db);
  if (!schema.ok) return { ok: false, error: schema.error };
  const existing = await readExisting(db);
  if (!existing.ok) return { ok: false, error: existing.error };

  const known: KnownGraph = {
    entityIds: new Set(existing.value.entities.keys()),
    articleTexts: new Map([...existing.value.articles].map(([id, a]) => [id, a.text])),
  };
  const { valid, problems } = validate(parsed, opts.prune ? { entityIds: new Set(), articleTexts: new Map() } : known);
  if (problems.length) return { ok: false, problems };

  const plan = planWrite(valid, existing.value, { prune: opts.prune ?? false });
  const written = await applyPlan(db, plan, opts.progress ?? silentProgress, opts.hooks);
  if (!written.ok) return { ok: false, error: written.error };
  return { ok: true, files: parsed.files.length, counts: plan.tally, ms: Date.now() - t0 };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}

export function formatCounts(counts: Record<string, Tally>): string {
  const rows = Object.entries(counts).map(
    ([k, t]) =>
      `${k.padEnd(9)} created ${String(t.created).padStart(7)}  updated ${String(t.updated).padStart(6)}  unchanged ${String(t.unchanged).padStart(7)}  deleted ${String(t.deleted).padStart(6)}`,
  );
  return rows.join('\n');
}
