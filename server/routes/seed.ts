import { z } from 'zod';
import type { SeedResult } from '../../lib/model/wire.ts';
import type { ApiRoute } from './types.ts';
import { intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { entitiesFrom } from '../graph/map.ts';
import { fetchBundles } from '../graph/bundles.ts';
import { keysAmong } from '../graph/among.ts';
import { createDataCache } from '../graph/data-cache.ts';

const Query = z.object({ limit: intParam(1, 100, 16), maxBundles: intParam(0, 500, 150) });

export const seed: ApiRoute = {
  id: 'seed',
  register(app, { db, config }) {
    const cache = createDataCache(db);
    app.get('/api/seed', async (req): Promise<SeedResult> => {
      const { limit, maxBundles } = parse(Query, req.query, 'query');
      return cache.get(`seed:${limit}:${maxBundles}`, () => computeSeed(limit, maxBundles));
    });
    const computeSeed = async (limit: number, maxBundles: number): Promise<SeedResult> => {
      const [row] = await query(db, 'seed', { limit: int(limit) });
      const nodes = entitiesFrom(row?.get('nodes'));
      const keys = await keysAmong(
        db,
        nodes.map((n) => n.id),
      );
      const bundles = await fetchBundles(db, keys.slice(0, maxBundles));
      // Largest first; what does not fit the response budget is counted as omitted, never sent half.
      const fit = fitCount(bundles, config.server.responseBudget, jsonBytes(nodes) + 100);
      return { nodes, bundles: bundles.slice(0, fit), omittedBundles: keys.length - fit };
    };
  },
};
