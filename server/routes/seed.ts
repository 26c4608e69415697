import { z } from 'zod';
import type { SeedResult } from '../../lib/model/wire.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import type { ApiRoute } from './types.ts';
import { intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { entitiesFrom } from '../graph/map.ts';
import { fetchBundles } from '../graph/bundles.ts';
import { keysAmong } from '../graph/among.ts';
import { createDataCache } from '../graph/data-cache.ts';

const Query = z.object({ limit: intParam(1, 100, 16), maxBundles: intParam(0, 500, 150) });

/** Nodes examined for a foreign graph's start page (seed-sample.cypher). */
export const SEED_SAMPLE = 10_000;

/** The story's ranked key actors; on a graph ingest did not rank, the best-connected nodes of a bounded sample. */
async function seedNodes(db: Db, limit: number): Promise<Pick<SeedResult, 'nodes' | 'sample'>> {
  const [ranked] = await query(db, 'seed', { limit: int(limit) });
  const nodes = entitiesFrom(ranked?.get('nodes'));
  if (nodes.length > 0) return { nodes };
  const [row] = await query(db, 'seed-sample', { limit: int(limit), sample: int(SEED_SAMPLE) });
  const sample = { examined: toPlain(row?.get('examined')) as number, nodes: toPlain(row?.get('total')) as number };
  return { nodes: entitiesFrom(row?.get('nodes')), sample };
}

export const seed: ApiRoute = {
  id: 'seed',
  register(app, { db, config }) {
    const cache = createDataCache(db);
    app.get('/api/seed', async (req): Promise<SeedResult> => {
      const { limit, maxBundles } = parse(Query, req.query, 'query');
      return cache.get(`seed:${limit}:${maxBundles}`, () => computeSeed(limit, maxBundles));
    });
    const computeSeed = async (limit: number, maxBundles: number): Promise<SeedResult> => {
      const { nodes, sample } = await seedNodes(db, limit);
      const keys = await keysAmong(
        db,
        nodes.map((n) => n.id),
      );
      const bundles = await fetchBundles(db, keys.slice(0, maxBundles));
      // Largest first; what does not fit the response budget is counted as omitted, never sent half.
      const fit = fitCount(bundles, config.server.responseBudget, jsonBytes(nodes) + 100);
      return {
        nodes,
        bundles: bundles.slice(0, fit),
        omittedBundles: keys.length - fit,
        ...(sample ? { sample } : {}),
      };
    };
  },
};
