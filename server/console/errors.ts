// What went wrong with a console query, in words an analyst can act on, and the HTTP status each failure gets.
import type { DbError } from '../../lib/neo4j/client.ts';

const SMALLER = 'Return less: add LIMIT, aggregate (count, sum, collect(...)[0..100]) or return smaller values.';

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

export function cancelled(): DbError {
  return { kind: 'query', code: 'Cancelled', message: 'The query was cancelled; its transaction was terminated.' };
}

export function timedOut(
  ms: number,
  code = 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
): DbError {
  return {
    kind: 'timeout',
    code,
    message: `The query timed out after ${seconds(ms)} and its transaction was terminated.`,
  };
}

/** The worker's heap ceiling was reached while decoding records. */
export function tooLargeForMemory(workerMb: number): DbError {
  return {
    kind: 'query',
    code: 'ResultTooLarge',
    message: `The result exceeded the console's limits: decoding it needed more than ${workerMb} MB. ${SMALLER}`,
  };
}

/** The worker was still decoding (its event loop blocked) when the timeout passed. */
export function tooLargeForTime(timeoutMs: number): DbError {
  return {
    kind: 'query',
    code: 'ResultTooLarge',
    message:
      `The result exceeded the console's limits: it was still being decoded when the ${seconds(timeoutMs)} ` +
      `timeout passed. ${SMALLER}`,
  };
}

export function consoleBusy(workers: number): DbError {
  return {
    kind: 'query',
    code: 'ConsoleBusy',
    message: `The console is busy: ${workers} queries are running and the queue is full. Try again shortly.`,
  };
}

export function workerFailed(why: string): DbError {
  return { kind: 'query', code: 'ConsoleWorkerFailed', message: `The console worker stopped unexpectedly (${why}).` };
}

/**
 * A USE clause naming an unknown database is the analyst's mistake (404); the configured database missing is the
 * server's (503, as on the rest of the API).
 */
export function databaseNotFound(e: DbError, configured: string): { status: number; error: DbError } {
  const name = e.database ?? '?';
  if (name === configured) {
    return {
      status: 503,
      error: { ...e, code: 'DatabaseNotFound', message: `database "${name}" does not exist: check NEO4J_DATABASE.` },
    };
  }
  const message = `Database "${name}" does not exist on this Neo4j server. Remove the USE clause to query "${configured}".`;
  return { status: 404, error: { ...e, code: 'DatabaseNotFound', message } };
}

export function memoryLimit(e: DbError): DbError {
  const detail = e.message.split('\n')[0];
  return {
    ...e,
    code: 'MemoryLimit',
    message: `Neo4j stopped the query: it needed more memory than one transaction may use (${detail}). ${SMALLER}`,
  };
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  Cancelled: 409,
  ResultTooLarge: 422,
  ConsoleBusy: 503,
  ConsoleClosed: 503,
  ConsoleWorkerFailed: 500,
};

const STATUS_BY_KIND: Readonly<Record<DbError['kind'], number>> = {
  unavailable: 503,
  busy: 503,
  timeout: 504,
  memoryLimit: 422,
  databaseNotFound: 404,
  auth: 400,
  query: 400,
};

/** The HTTP status and the error to send; Neo4j's own codes stay for syntax and other query errors. */
export function consoleFailure(e: DbError, configuredDb: string): { status: number; error: DbError } {
  if (e.kind === 'databaseNotFound') return databaseNotFound(e, configuredDb);
  if (e.kind === 'memoryLimit') return { status: 422, error: memoryLimit(e) };
  return { status: STATUS_BY_CODE[e.code] ?? STATUS_BY_KIND[e.kind], error: e };
}
