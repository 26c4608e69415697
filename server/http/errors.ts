// One error type for every route: the error handler turns it into `{error:{code,message}}`.
import type { DbError } from '../../lib/neo4j/client.ts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'BadRequest', message);
export const notFound = (message: string) => new HttpError(404, 'NotFound', message);

/** The driver's connect error is a paragraph; its last "Caused by" is what an analyst needs. */
export function unreachableCause(message: string): string {
  const caused = /Caused by: ([^)]*)/.exec(message);
  if (caused) return caused[1]!.trim();
  const inner = /^Neo4j is not reachable \((.*)\)$/s.exec(message);
  return (inner ? inner[1]! : message).split('\n')[0]!.trim();
}

interface DbErrorMapping {
  kind: DbError['kind'];
  status: number;
  code: string;
  message: (e: DbError) => string;
}

/** How each database failure reaches the client; a registry so new kinds are one line. */
const DB_ERRORS: DbErrorMapping[] = [
  {
    kind: 'unavailable',
    status: 503,
    code: 'DatabaseUnavailable',
    message: (e) =>
      `Neo4j is not reachable (${unreachableCause(e.message)}). Start Neo4j (npm run neo4j) or check NEO4J_URI; ` +
      'the server reconnects by itself.',
  },
  {
    kind: 'auth',
    status: 503,
    code: 'DatabaseUnavailable',
    message: (e) => `Neo4j refused the credentials (${e.code}); check NEO4J_USER / NEO4J_PASSWORD.`,
  },
  {
    // Outside the console the only database named is NEO4J_DATABASE, so that is the setting to check.
    kind: 'databaseNotFound',
    status: 503,
    code: 'DatabaseNotFound',
    message: (e) => `database "${e.database ?? '?'}" does not exist: check NEO4J_DATABASE.`,
  },
  {
    kind: 'busy',
    status: 503,
    code: 'DatabaseBusy',
    message: (e) => `Neo4j is busy: no connection to it came free in time (${e.message.split('\n')[0]}). Try again.`,
  },
  { kind: 'timeout', status: 504, code: 'DatabaseTimeout', message: (e) => `Neo4j query timed out: ${e.message}` },
  { kind: 'query', status: 500, code: 'QueryFailed', message: (e) => `Neo4j query failed (${e.code}).` },
];

export function dbFailure(error: DbError): HttpError {
  const m = DB_ERRORS.find((d) => d.kind === error.kind) ?? DB_ERRORS[DB_ERRORS.length - 1]!;
  return new HttpError(m.status, m.code, m.message(error));
}
