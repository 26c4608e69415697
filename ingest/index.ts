// Ingest library: read → (ingest lock → read the graph → validate → plan → write) in one transaction.
// Nothing is written on any problem; concurrent ingests run one after the other (ingest/write/lock.ts).
// Nothing is written into a database this app did not fill either, unless the caller says so (intoForeign).
import type { Db, DbError, TxRunner } from '../lib/neo4j/client.ts';
import type { ParsedInput, Problem } from './model.ts';
import { readInputs } from './read/collect.ts';
import { validate, type KnownGraph } from './validate.ts';
import { planWrite, type Plan, type Tally } from './write/plan.ts';
import { applyPlan, type WriteHooks } from './write/writer.ts';
import { readExisting } from './write/existing.ts';
import { takeIngestLock } from './write/lock.ts';
import { ensureSchema, syncClaimConstraints } from './write/schema.ts';
import { silentProgress, type Progress } from './progress.ts';
import { describeForeign, type Ownership } from './ownership.ts';
import { ForeignDatabase, foreignDatabaseError, readOwnership, refuseForeignInTx } from './ownership-check.ts';

export type { Problem } from './model.ts';
export { readInputs } from './read/collect.ts';
export { validate } from './validate.ts';
export { FOREIGN_DATABASE } from './ownership-check.ts';

export interface IngestOptions {
  paths: string[];
  /** Delete curated entities, articles and claims that the input no longer has. */
  prune?: boolean;
  log?: (s: string) => void;
  progress?: Progress;
  hooks?: WriteHooks;
  /**
   * Write into a database this app did not fill (ingest/ownership.ts: other labels, or no ingest marker),
   * next to what it holds. Without it such an ingest is refused and writes nothing, not even its schema.
   */
  intoForeign?: boolean;
}

export type IngestReport =
  | {
      ok: true;
      files: number;
      /** Counted against the graph as this ingest found it inside its transaction, after the lock. */
      counts: Record<'entities' | 'articles' | 'claims' | 'mentions', Tally>;
      /** Duplicate relationships (left by concurrent ingests before the lock existed) that this run removed. */
      repaired: Plan['repaired'];
      /** What went wrong after the commit (the data is written): a claim id constraint that could not be made. */
      warnings: string[];
      ms: number;
    }
  | { ok: false; problems: Problem[] }
  /** `ownership` is set when the database is foreign (error.code FOREIGN_DATABASE) and nothing was written. */
  | { ok: false; error: DbError; ownership?: Ownership };

/** Thrown inside the transaction to roll it back when the input has problems. */
class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the input`);
  }
}

async function lockedPlan(tx: TxRunner, parsed: ParsedInput, opts: IngestOptions, wait: (s: string) => void) {
  // Checked before the lock's own write (its MERGE makes the marker) and again once the lock is held, against
  // what another ingest committed while this one waited.
  const intoForeign = opts.intoForeign ?? false;
  await refuseForeignInTx(tx, intoForeign);
  await takeIngestLock(tx, wait);
  await refuseForeignInTx(tx, intoForeign);
  const existing = await readExisting(tx);
  const known: KnownGraph = {
    entityIds: new Set(existing.entities.keys()),
    articleTexts: new Map([...existing.articles].map(([id, a]) => [id, a.text])),
  };
  const { valid, problems } = validate(parsed, opts.prune ? { entityIds: new Set(), articleTexts: new Map() } : known);
  if (problems.length) throw new InputProblems(problems);
  const plan = planWrite(valid, existing, { prune: opts.prune ?? false });
  await applyPlan(tx, plan, opts.progress ?? silentProgress, opts.hooks);
  return plan;
}

const foreignRefusal = (ownership: Ownership): IngestReport => ({
  ok: false,
  error: foreignDatabaseError(ownership),
  ownership,
});

export async function runIngest(db: Db, opts: IngestOptions): Promise<IngestReport> {
  const t0 = Date.now();
  const log = opts.log ?? (() => undefined);
  const parsed = readInputs(opts.paths);
  log(
    `read ${parsed.files.length} files: ${parsed.entities.length} entities, ${parsed.relations.length} relations, ${parsed.articles.length} articles`,
  );
  // Asked first, as the schema statements are writes too.
  const owned = await readOwnership(db);
  if (!owned.ok) return { ok: false, error: owned.error };
  if (owned.value.kind === 'foreign') {
    if (!opts.intoForeign) return foreignRefusal(owned.value);
    log(`writing next to a graph this app did not create: the database holds ${describeForeign(owned.value)}`);
  }
  const schema = await ensureSchema(db);
  if (!schema.ok) return { ok: false, error: schema.error };

  const notice = (s: string) => (opts.progress?.note ? opts.progress.note(s) : log(s));
  let rejected: InputProblems | ForeignDatabase | undefined;
  const written = await db.writeTransaction(
    (tx) =>
      lockedPlan(tx, parsed, opts, notice).catch((err: unknown) => {
        if (err instanceof InputProblems || err instanceof ForeignDatabase) rejected = err;
        throw err;
      }),
    { timeoutMs: 60 * 60 * 1000 },
  );
  if (rejected instanceof ForeignDatabase) return foreignRefusal(rejected.ownership);
  if (rejected) return { ok: false, problems: rejected.problems };
  if (!written.ok) return { ok: false, error: written.error };
  const plan = written.value;
  const synced = await syncClaimConstraints(db, plan.claimTypes);
  const warnings = synced.ok ? [] : [`claim id constraints not brought up to date: ${synced.error.message}`];
  const { tally: counts, repaired } = plan;
  return { ok: true, files: parsed.files.length, counts, repaired, warnings, ms: Date.now() - t0 };
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
