import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { entityId, intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { claimsFrom, entitiesFrom } from '../graph/map.ts';

const Query = z.object({
  from: entityId,
  to: entityId,
  max: intParam(1, 10, 6),
  limit: intParam(1, 50, 20),
});

export const paths: ApiRoute = {
  id: 'paths',
  register(app, { db }) {
    app.get('/api/paths', async (req) => {
      const { from, to, max, limit } = parse(Query, req.query, 'query');
      if (from === to) throw badRequest('from and to must be different entities');
      const [row] = await query(db, 'paths', { from, to, max: int(max), limit: int(limit) });
      if (!row?.get('fromFound')) throw notFound(`no entity with id "${from}"`);
      if (!row.get('toFound')) throw notFound(`no entity with id "${to}"`);
      const found = row.get('paths') as { nodes: unknown; edges: unknown }[];
      return {
        paths: found.map((p) => ({ nodes: entitiesFrom(p.nodes), edges: claimsFrom(p.edges) })),
        max,
      };
    });
  },
};
