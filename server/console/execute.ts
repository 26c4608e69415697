// Runs an already-classified query in a READ transaction, streaming records until a cap, the timeout or a cancel.
import neo4j, { type Session, type Transaction } from 'neo4j-driver';
import type { Db, Result } from '../../lib/neo4j/client.ts';
import { toDbError } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import type { ConsoleResult, PlainObject, PlanStep } from '../../lib/model/console.ts';
import { addRow, type CapState } from './shape.ts';
import { terminateConsoleQuery } from './cancel.ts';
import { cancelled, timedOut } from './errors.ts';

export interface ExecuteOptions {
  queryId: string;
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
  maxNodes: number;
  signal?: AbortSignal;
}

interface RawPlan {
  operatorType: string;
  arguments?: Record<string, unknown>;
  rows?: number;
  dbHits?: number;
  children?: RawPlan[];
}

export function planSteps(p: RawPlan): PlanStep {
  const args = p.arguments ?? {};
  const num = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'object' && v !== null ? Number(String(v)) : undefined;
  const step: PlanStep = {
    operator: p.operatorType.replace(/@.*$/, ''),
    details: typeof args.Details === 'string' ? args.Details : '',
    children: (p.children ?? []).map(planSteps),
  };
  const est = num(args.EstimatedRows);
  if (est !== undefined) step.estimatedRows = Math.round(est);
  if (typeof p.rows === 'number') step.rows = p.rows;
  if (typeof p.dbHits === 'number') step.dbHits = p.dbHits;
  return step;
}

/** Extra time granted to Neo4j's own timeout before we terminate the transaction ourselves. */
const GUARD_MS = 2_000;

export async function executeConsoleQuery(db: Db, opts: ExecuteOptions): Promise<Result<ConsoleResult>> {
  const started = Date.now();
  // fetchSize keeps the driver from pulling more than we can use; a cap then stops after the current batch.
  const fetchSize = Math.max(1, Math.min(opts.maxRows + 1, 100));
  const session: Session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize,
  });
  let tx: Transaction | undefined;
  let stopped: 'cancel' | 'guard' | undefined;
  let finished = false;
  const stop = (why: 'cancel' | 'guard') => {
    if (stopped || finished) return;
    stopped = why;
    void terminateUntilGone(db, opts.queryId, () => finished);
  };
  const onAbort = () => stop('cancel');
  opts.signal?.addEventListener('abort', onAbort);
  const guard = setTimeout(() => stop('guard'), opts.timeoutMs + GUARD_MS);
  try {
    if (opts.signal?.aborted) return { ok: false, error: cancelled() };
    tx = session.beginTransaction({
      timeout: opts.timeoutMs,
      metadata: { consoleQueryId: opts.queryId, app: 'workbench' },
    });
    const result = tx.run(opts.query, opts.params);
    const state: CapState = { rows: [], nodeIds: new Set() };
    const caps = { maxRows: opts.maxRows, maxNodes: opts.maxNodes };
    let columns: string[] = [];
    for await (const record of result) {
      if (stopped) break;
      columns = record.keys as string[];
      const row: PlainObject = {};
      for (const k of columns) row[k] = toPlain(record.get(k));
      if (!addRow(state, row, caps)) break;
    }
    if (stopped) return { ok: false, error: stopped === 'cancel' ? cancelled() : timedOut(opts.timeoutMs) };
    if (columns.length === 0) columns = (await result.keys()) as string[];
    const truncated = state.truncatedBy !== undefined;
    let queryType = 'r';
    let notifications: ConsoleResult['notifications'] = [];
    let plan: PlanStep | undefined;
    if (!truncated) {
      const summary = await result.summary();
      queryType = String(summary.queryType);
      const raw = (summary.profile || summary.plan) as unknown as RawPlan | false;
      if (raw) plan = planSteps(raw);
      notifications = summary.notifications.map((n) => ({
        code: n.code,
        title: n.title,
        description: n.description,
        ...(n.position && 'line' in n.position && n.position.line !== undefined
          ? { position: { line: n.position.line, column: n.position.column ?? 0, offset: n.position.offset ?? 0 } }
          : {}),
      }));
    }
    return {
      ok: true,
      value: {
        queryId: opts.queryId,
        columns,
        rows: state.rows,
        truncated,
        ...(truncated ? { truncatedAt: state.rows.length, truncatedBy: state.truncatedBy } : {}),
        nodeCount: state.nodeIds.size,
        elapsedMs: Date.now() - started,
        queryType,
        notifications,
        ...(plan ? { plan } : {}),
      },
    };
  } catch (err) {
    if (stopped === 'cancel') return { ok: false, error: cancelled() };
    const e = toDbError(err);
    if (e.kind === 'timeout' || stopped === 'guard') return { ok: false, error: timedOut(opts.timeoutMs, e.code) };
    return { ok: false, error: e };
  } finally {
    finished = true;
    clearTimeout(guard);
    opts.signal?.removeEventListener('abort', onAbort);
    // Read-only: never commit. Rolling back a suspended stream discards the rest without computing it.
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

/** A cancel may arrive before Neo4j has registered the transaction: retry briefly until it is found or the run ends. */
export async function terminateUntilGone(db: Db, queryId: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 20 && !done(); i++) {
    if ((await terminateConsoleQuery(db, queryId)) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
