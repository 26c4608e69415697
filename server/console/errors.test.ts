import { describe, expect, it } from 'vitest';
import type { DbError } from '../../lib/neo4j/client.ts';
import { consoleBusy, consoleFailure, tooLargeForMemory, tooLargeForTime } from './errors.ts';

const notFound = (database: string): DbError => ({
  kind: 'databaseNotFound',
  code: 'Neo.ClientError.Database.DatabaseNotFound',
  message: `Graph not found: ${database}`,
  database,
});

describe('consoleFailure', () => {
  it('maps what happened to a status an analyst can act on', () => {
    const status = (e: DbError) => consoleFailure(e, 'neo4j').status;
    expect(status({ kind: 'timeout', code: 'Neo.ClientError.Transaction.TransactionTimedOut', message: 't' })).toBe(
      504,
    );
    expect(status(tooLargeForMemory(512))).toBe(422);
    expect(status(tooLargeForTime(10_000))).toBe(422);
    expect(status(consoleBusy(2))).toBe(503);
    expect(status({ kind: 'query', code: 'Cancelled', message: 'c' })).toBe(409);
    expect(status({ kind: 'unavailable', code: 'ServiceUnavailable', message: 'down' })).toBe(503);
    expect(status({ kind: 'query', code: 'Neo.ClientError.Statement.SyntaxError', message: 's' })).toBe(400);
  });

  it('an unknown database in USE is 404; the configured one missing is 503 naming NEO4J_DATABASE', () => {
    const use = consoleFailure(notFound('nosuchdb'), 'neo4j');
    expect(use.status).toBe(404);
    expect(use.error.code).toBe('DatabaseNotFound');
    expect(use.error.message).toMatch(/"nosuchdb" does not exist/);
    const configured = consoleFailure(notFound('neo4j'), 'neo4j');
    expect(configured.status).toBe(503);
    expect(configured.error.message).toBe('database "neo4j" does not exist: check NEO4J_DATABASE.');
  });

  it("Neo4j's transaction memory limit is 422 MemoryLimit with Neo4j's reason and advice", () => {
    const { status, error } = consoleFailure(
      {
        kind: 'memoryLimit',
        code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        message: 'The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB.\nmore',
      },
      'neo4j',
    );
    expect(status).toBe(422);
    expect(error.code).toBe('MemoryLimit');
    expect(error.message).toMatch(/more memory than one transaction may use/);
    expect(error.message).toContain('limit 10.0 MiB');
    expect(error.message).not.toContain('more\n');
    expect(error.message).toMatch(/LIMIT/);
  });
});
