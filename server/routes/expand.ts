import { z } from 'zod';
import type { Bundle, ExpandResult } from '../../lib/model/wire.ts';
import type { ApiRoute } from './types.ts';
import { entityId, intParam, parse, relTypes } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { entitiesFrom, toEntity } from '../graph/map.ts';
import { fetchBundles, shrinkBundles, type BundleKey } from '../graph/bundles.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: entityId });
const Query = z.object({
  types: relTypes.optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  limit: intParam(1, 100, 25),
  skip: intParam(0, 1_000_000, 0),
});

export const expand: ApiRoute = {
  id: 'expand',
  register(app, { db, config }) {
    app.get('/api/expand/:id', async (req): Promise<ExpandResult> => {
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
      const center = toEntity(row.get('c'));
      const ranked = entitiesFrom(row.get('nodes'));
      const bundles = await fetchBundles(db, (row.get('keysByNode') as BundleKey[][]).flat());
      // Per neighbour: itself and its bundles with the center. A page that would pass the budget
      // returns fewer neighbours (returned < limit); the client continues at skip + returned.
      const other = (b: Bundle) => (b.source === id ? b.target : b.source);
      const groups = ranked.map((n) => ({ n, bundles: bundles.filter((b) => other(b) === n.id) }));
      const room = config.server.responseBudget - jsonBytes(center) - 200;
      const fit = fitCount(groups, room, 0);
      // Not even the first neighbour fits (two hubs, a bundle per type and direction): send it with slimmer bundles.
      const kept =
        fit > 0
          ? groups.slice(0, fit)
          : groups.slice(0, 1).map((g) => ({ ...g, bundles: shrinkBundles(g.bundles, room) }));
      return {
        center,
        nodes: kept.map((g) => g.n),
        bundles: kept.flatMap((g) => g.bundles),
        total: toPlain(row.get('total')) as number,
        returned: kept.length,
        skip,
        limit,
      };
    });
  },
};
