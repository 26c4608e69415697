// A driver whose every connection is in use fails with its own pool timeout: that is "busy" (503), not a
// query error (it was a 500 QueryFailed, and a 400 in the console, under 50 clients after a restart).
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { dbFailure } from '../../server/http/errors.ts';
import { toDbError } from './client.ts';

describe('connection pool exhausted', () => {
  it('is classified busy and answered 503 DatabaseBusy', async () => {
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword')), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
    });
    const holder = driver.session();
    const tx = holder.beginTransaction();
    try {
      await tx.run('RETURN 1');
      const other = driver.session();
      const err = await other.run('RETURN 2').then(
        () => undefined,
        (e: unknown) => e,
      );
      await other.close();
      const e = toDbError(err);
      expect(e.kind).toBe('busy');
      const http = dbFailure(e);
      expect([http.statusCode, http.code]).toEqual([503, 'DatabaseBusy']);
    } finally {
      await tx.rollback();
      await holder.close();
      await driver.close();
    }
  });
});
