import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { claimsFrom, entitiesFrom } from '../graph/map.ts';

const Query = z.object({ limit: intParam(1, 100, 16) });

export const seed: ApiRoute = {
  id: 'seed',
  register(app, { db }) {
    app.get('/api/seed', async (req) => {
      const { limit } = parse(Query, req.query, 'query');
      const [row] = await query(db, 'seed', { limit: int(limit) });
      return { nodes: entitiesFrom(row?.get('nodes')), edges: claimsFrom(row?.get('edges')) };
    });
  },
};
