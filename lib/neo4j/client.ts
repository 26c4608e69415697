// All Neo4j access goes through here: typed options in, a Result out.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  Neo4jError,
} from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { cypher } from './cypher.ts';
import { createPlanWarmer } from './plan-warmer.ts';

export type TxRunner = Pick<ManagedTransaction, 'run'>;

/**
 * databaseNotFound: no database of that name (USE x, or NEO4J_DATABASE); memoryLimit: over
 * db.memory.transaction.max; busy: every pooled connection stayed in use for connectionAcquisitionTimeout.
 */
export type DbErrorKind = 'unavailable' | 'timeout' | 'query' | 'auth' | 'databaseNotFound' | 'memoryLimit' | 'busy';

export interface DbError {
  kind: DbErrorKind;
  code: string;
  message: string;
  /** The database that does not exist (kind databaseNotFound), when Neo4j names it. */
  database?: string;
  /** 1-based position in the query, when Neo4j reports one. */
  position?: { line: number; column: number; offset: number };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DbError };

export interface QueryOptions {
  /** Query text; exactly one of `name` and `text` is given. */
  name?: string;
  text?: string;
  params?: Record<string, unknown>;
  mode?: 'READ' | 'WRITE';
  timeoutMs?: number;
  database?: string;
}

export interface Db {
  readonly database: string;
  run<R extends RecordShape = RecordShape>(opts: QueryOptions): Promise<Result<QueryResult<R>>>;
  /** Runs `work` in one explicit write transaction: all of it commits or none. */
  writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, opts?: { timeoutMs?: number }): Promise<Result<T>>;
  session(opts?: { mode?: 'READ' | 'WRITE' }): Session;
  ping(): Promise<Result<{ serverVersion: string }>>;
  /** After Neo4j restarted: runs each named read query once more (plan-warmer.ts); others wait meanwhile. */
  rewarm(): Promise<number>;
  close(): Promise<void>;
  readonly driver: Driver;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
/** Over db.memory.transaction.max (5.x reports the pool error; older servers the transaction one). */
const MEMORY_LIMIT = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);

function kindOf(code: string): DbErrorKind {
  if (UNAVAILABLE.has(code)) return 'unavailable';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'databaseNotFound';
  if (MEMORY_LIMIT.has(code)) return 'memoryLimit';
  if (code.includes('TransactionTimedOut')) return 'timeout';
  return code.startsWith('Neo.ClientError.Security') ? 'auth' : 'query';
}

/** "Graph not found: x" (USE x) or "Database does not exist. Database name: 'x'." (session database). */
function missingDatabase(message: string): string | undefined {
  const m = /Graph not found: ([^\n]+)|Database name: '([^']+)'/.exec(message);
  return (m?.[1] ?? m?.[2])?.trim();
}

export function toDbError(err: unknown): DbError {
  if (err instanceof Neo4jError) {
    const code = err.code ?? 'Neo4jError';
    // The driver's own pool timeout carries no Neo4j code ('N/A'), only this message.
    const kind = /acquisition timed out/i.test(err.message) ? 'busy' : kindOf(code);
    const e: DbError = {
      kind,
      code,
      message: kind === 'unavailable' ? `Neo4j is not reachable (${err.message.split('\n')[0]})` : err.message,
    };
    const database = kind === 'databaseNotFound' ? missingDatabase(err.message) : undefined;
    if (database !== undefined) e.database = database;
    const pos = (err as unknown as { gqlStatusObject?: unknown; diagnosticRecord?: { _position?: unknown } })
      .diagnosticRecord?._position as { line?: unknown; column?: unknown; offset?: unknown } | undefined;
    const p = pos ?? parsePosition(err.message);
    if (p && typeof p.line === 'number' && typeof p.column === 'number') {
      e.position = { line: p.line, column: p.column, offset: typeof p.offset === 'number' ? p.offset : 0 };
    }
    return e;
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/ECONNREFUSED|ECONNRESET|socket|connect/i.test(message)) {
    return { kind: 'unavailable', code: 'ServiceUnavailable', message: `Neo4j is not reachable (${message})` };
  }
  return { kind: 'query', code: 'Error', message };
}

function parsePosition(message: string): { line: number; column: number; offset: number } | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

export function createDb(cfg: Pick<Neo4jConfig, 'uri' | 'user' | 'password' | 'database'>): Db {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    // Managed transactions retry transient errors for 30 s by default; API calls must fail fast (503).
    // With 0 the driver still retries once after ~1 s, enough for a stale pooled connection.
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: false,
  });
  const database = cfg.database;

  const session = (opts: { mode?: 'READ' | 'WRITE' } = {}): Session =>
    driver.session({
      database,
      defaultAccessMode: opts.mode === 'WRITE' ? neo4j.session.WRITE : neo4j.session.READ,
    });

  const warmer = createPlanWarmer();
  const runNow = async <R extends RecordShape>(opts: QueryOptions): Promise<Result<QueryResult<R>>> => {
    const text = opts.text ?? (opts.name ? cypher(opts.name) : undefined);
    if (!text) return { ok: false, error: { kind: 'query', code: 'NoQuery', message: 'no query given' } };
    const s = driver.session({
      database: opts.database ?? database,
      defaultAccessMode: opts.mode === 'WRITE' ? neo4j.session.WRITE : neo4j.session.READ,
    });
    try {
      const txConfig = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
      const exec = opts.mode === 'WRITE' ? s.executeWrite.bind(s) : s.executeRead.bind(s);
      const value = await exec((tx) => tx.run<R>(text, opts.params ?? {}), txConfig);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toDbError(err) };
    } finally {
      await s.close().catch(() => undefined);
    }
  };

  return {
    database,
    driver,
    session,
    async run<R extends RecordShape = RecordShape>(opts: QueryOptions): Promise<Result<QueryResult<R>>> {
      // Only reads are replayed after a restart; a write runs once, as asked.
      if (opts.name && opts.mode !== 'WRITE' && !opts.database) warmer.note(opts.name, opts.params ?? {});
      await warmer.open();
      return runNow<R>(opts);
    },
    rewarm: () => warmer.rewarm((name, params) => runNow({ name, params })),
    async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, opts: { timeoutMs?: number } = {}) {
      const s = session({ mode: 'WRITE' });
      // One explicit transaction, no retries: a failed run leaves the previous graph intact.
      const tx = s.beginTransaction(opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined);
      try {
        const value = await work(tx);
        await tx.commit();
        return { ok: true as const, value };
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        return { ok: false as const, error: toDbError(err) };
      } finally {
        await s.close().catch(() => undefined);
      }
    },
    async ping() {
      try {
        const info = await driver.getServerInfo({ database });
        return { ok: true as const, value: { serverVersion: info.agent ?? 'neo4j' } };
      } catch (err) {
        return { ok: false as const, error: toDbError(err) };
      }
    },
    close: () => driver.close(),
  };
}
