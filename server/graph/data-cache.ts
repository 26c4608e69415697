// Answers that depend only on the data (the start page) are computed once per ingest version and shared by
// every request and tab until the next ingest changes the data. A database without a version marker (one this
// app did not fill, or changed by other writers) is never cached: every request computes afresh.
import type { Db } from '../../lib/neo4j/client.ts';
import { query } from '../http/db.ts';

/** Entries kept (a few parameter combinations of a few endpoints). */
const MAX_ENTRIES = 32;

export interface DataCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function createDataCache(db: Db): DataCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const [row] = await query(db, 'data-version');
      const version = row?.get('version') as string | null | undefined;
      if (!version) return compute();
      const k = `${version}\u0000${key}`;
      const hit = entries.get(k) as Promise<T> | undefined;
      if (hit) return hit;
      // Concurrent requests for the same answer share one computation; a failure is not remembered.
      const p = compute();
      entries.set(k, p);
      p.catch(() => entries.delete(k));
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return p;
    },
  };
}
