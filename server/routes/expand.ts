import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { entityId, intParam, parse, relTypes } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { claimsFrom, entitiesFrom, toEntity } from '../graph/map.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: entityId });
const Query = z.object({
  types: relTypes.optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  limit: intParam(1, 500, 25),
  skip: intParam(0, 1_000_000, 0),
});

export const expand: ApiRoute = {
  id: 'expand',
  register(app, { db }) {
    app.get('/api/expand/:id', async (req) => {
      const { id } = parse(Params, req.params, 'id');
      const { types, direction, limit, skip } = parse(Query, req.query, 'query');
      const [row] = await query(db, 'expand', {
        id,
        // An empty list would match nothing; "no filter" is null.
        types: types && types.length > 0 ? types : null,
        direction,
        limit: int(limit),
        skip: int(skip),
      });
      if (!row) throw notFound(`no entity with id "${id}"`);
      const nodes = entitiesFrom(row.get('nodes'));
      return {
        center: toEntity(row.get('c')),
        nodes,
        edges: claimsFrom(row.get('edges')),
        total: toPlain(row.get('total')) as number,
        returned: nodes.length,
        skip,
        limit,
      };
    });
  },
};
