import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toDbError } from './client.ts';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, 'N/A', 'N/A');

describe('toDbError', () => {
  it('gives an unknown database its own kind and names it (USE clause and session database)', () => {
    const use = toDbError(neo4jError('Graph not found: nosuchdb', 'Neo.ClientError.Database.DatabaseNotFound'));
    expect(use).toMatchObject({ kind: 'databaseNotFound', database: 'nosuchdb' });
    expect(use.message).not.toMatch(/not reachable/);
    const session = toDbError(
      neo4jError("Database does not exist. Database name: 'my.db'.", 'Neo.ClientError.Database.DatabaseNotFound'),
    );
    expect(session).toMatchObject({ kind: 'databaseNotFound', database: 'my.db' });
  });

  it('marks the transaction memory limit as memoryLimit', () => {
    const e = toDbError(
      neo4jError(
        'The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB. db.memory.transaction.max threshold reached',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      ),
    );
    expect(e.kind).toBe('memoryLimit');
  });

  it('keeps unavailable, timeout, auth and query kinds', () => {
    expect(toDbError(neo4jError('down', 'ServiceUnavailable')).kind).toBe('unavailable');
    expect(toDbError(neo4jError('starting', 'Neo.TransientError.General.DatabaseUnavailable')).kind).toBe(
      'unavailable',
    );
    expect(
      toDbError(neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).kind,
    ).toBe('timeout');
    expect(toDbError(neo4jError('no', 'Neo.ClientError.Security.Unauthorized')).kind).toBe('auth');
    expect(toDbError(neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError')).kind).toBe('query');
  });
});
