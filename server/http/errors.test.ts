import { describe, expect, it } from 'vitest';
import { dbFailure, unreachableCause } from './errors.ts';

describe('dbFailure', () => {
  it('turns an unreachable database into a short 503', () => {
    const e = dbFailure({
      kind: 'unavailable',
      code: 'ServiceUnavailable',
      message:
        'Neo4j is not reachable (Failed to connect to server. Please ensure that … Caused by: connect ECONNREFUSED 127.0.0.1:1)',
    });
    expect(e.statusCode).toBe(503);
    expect(e.code).toBe('DatabaseUnavailable');
    expect(e.message).toMatch(/^Neo4j is not reachable \(connect ECONNREFUSED 127\.0\.0\.1:1\)\. Start Neo4j/);
  });
  it('maps timeouts, auth and query failures without leaking query text', () => {
    expect(dbFailure({ kind: 'timeout', code: 'T', message: 'slow' }).statusCode).toBe(504);
    expect(dbFailure({ kind: 'auth', code: 'Neo.ClientError.Security.Unauthorized', message: 'x' }).statusCode).toBe(
      503,
    );
    const q = dbFailure({ kind: 'query', code: 'Neo.ClientError.Statement.SyntaxError', message: 'MATCH secret' });
    expect(q.statusCode).toBe(500);
    expect(q.message).not.toContain('secret');
  });
  it('unreachableCause keeps the first line when there is no cause', () => {
    expect(unreachableCause('Neo4j is not reachable (socket closed\nmore)')).toBe('socket closed');
    expect(unreachableCause('Pool is closed')).toBe('Pool is closed');
  });
});

describe('dbFailure for a missing database', () => {
  it('names the database and the setting to check, as a 503', () => {
    const e = dbFailure({
      kind: 'databaseNotFound',
      code: 'Neo.ClientError.Database.DatabaseNotFound',
      message: 'Graph not found: explorer',
      database: 'explorer',
    });
    expect(e.statusCode).toBe(503);
    expect(e.code).toBe('DatabaseNotFound');
    expect(e.message).toBe('database "explorer" does not exist: check NEO4J_DATABASE.');
  });
});
