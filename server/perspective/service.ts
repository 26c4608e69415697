// GET, PUT and DELETE of the perspective, as answers: the stored file merged with the labels the schema gained
// (stored: true), else one generated from the schema (stored: false). Schema facts of a database the ingest
// filled are computed once per ingest version (data-cache.ts); any other database is sampled on each GET.
import type { Db } from '../../lib/neo4j/client.ts';
import { generatePerspective, mergePerspective } from '../../lib/model/perspective-generate.ts';
import type { Perspective, PerspectiveAnswer, SchemaFacts } from '../../lib/model/perspective.ts';
import { createDataCache } from '../graph/data-cache.ts';
import { complete, schemaFacts } from './facts.ts';
import { databaseIdentity } from './identity.ts';
import { createPerspectiveStore, type StoredPerspective } from './store.ts';

class Incomplete extends Error {
  constructor(readonly facts: SchemaFacts) {
    super('schema sample incomplete');
  }
}

export interface PerspectiveService {
  get(): Promise<PerspectiveAnswer>;
  put(perspective: Perspective): Promise<PerspectiveAnswer>;
  reset(): Promise<PerspectiveAnswer>;
}

export function createPerspectiveService(db: Db, dir: string, uri: string): PerspectiveService {
  const store = createPerspectiveStore(dir);
  const cache = createDataCache(db);
  const identity = () => databaseIdentity(db, uri);

  // A sample cut short by its time budget is answered but not remembered (the cache forgets failures).
  const facts = () =>
    cache
      .get('perspective-facts', async () => {
        const f = await schemaFacts(db);
        if (!complete(f)) throw new Incomplete(f);
        return f;
      })
      .catch((err: unknown) => (err instanceof Incomplete ? err.facts : Promise.reject(err)));

  async function answer(stored: StoredPerspective | undefined): Promise<PerspectiveAnswer> {
    const schema = await facts();
    if (stored?.ok) {
      const merged = mergePerspective(stored.perspective, schema);
      return { perspective: merged.perspective, stored: true, added: merged.added, schema };
    }
    const generated: PerspectiveAnswer = { perspective: generatePerspective(schema), stored: false, added: [], schema };
    return stored ? { ...generated, warning: `the stored perspective is not valid (${stored.error})` } : generated;
  }

  return {
    get: async () => answer(await store.get(await identity())),
    async put(perspective) {
      const { updated } = await store.put(await identity(), perspective);
      return answer({ ok: true, perspective, updated });
    },
    async reset() {
      await store.remove(await identity());
      return answer(undefined);
    },
  };
}
